// Old WordPress links answer 301 to their review, from the proxy, before the cached home page
// can answer `/?p=`; everything else keeps its way (trailing slashes: one 308, as Next.js does).
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importWordPress } from "@/lib/wordpress/import-run";
import { APP_SEGMENTS, mayBeLegacyLink } from "@/lib/wordpress/legacy-links";
import { normalizeLegacyPath } from "@/lib/wordpress/legacy-paths";
import { fileSource } from "@/lib/wordpress/wxr-source";
import { proxy } from "@/proxy";
import { GET as wordpressComment } from "@/app/(site)/reviews/[id]/wordpress-comments/[commentId]/route";
import { handFixture, WORDPRESS_FIXTURES } from "../helpers/wordpress-fixtures";

async function get(url: string, host?: string) {
  const request = new NextRequest(new URL(url, "http://marquee.test"), { headers: host ? { host } : {} });
  return proxy(request);
}

/** Where a response sends the browser, as a path on this site (null: nowhere). */
function target(response: Response): string | null {
  const location = response.headers.get("location");
  if (!location) return null;
  const url = new URL(location, "http://marquee.test");
  expect(url.host).toBe("marquee.test");
  return `${url.pathname}${url.search}`;
}

const reviewOf = async (site: string, postId: number) => (await db.wordPressPost.findFirstOrThrow({ where: { postId, site: { url: site } } })).reviewId;

beforeAll(async () => {
  await db.film.create({ data: { slug: "her", title: "Her", cast: [] } });
  await db.film.create({ data: { slug: "gravity", title: "Gravity", cast: [] } });
  await db.film.create({ data: { slug: "lost-in-translation", title: "Lost in Translation", cast: [] } });
  await importWordPress(db, fileSource(path.join(WORDPRESS_FIXTURES, "reelthoughts.xml")));
  await importWordPress(db, fileSource(path.join(WORDPRESS_FIXTURES, "filmnotes.xml")));
  await importWordPress(db, handFixture("basic.xml"));
});

describe("old links", () => {
  it("/?p=<id> answers 301 to the review, before the home page", async () => {
    const response = await get("/?p=6");
    expect(response.status).toBe(301);
    expect(target(response)).toBe(`/reviews/${await reviewOf("reelthoughts.example", 6)}`);
  });

  it("the permalink's path answers 301, with or without its slash, in any case, and its paged comments too", async () => {
    const review = `/reviews/${await reviewOf("reelthoughts.example", 5)}`;
    for (const url of ["/2014/01/20/her-a-love-story/", "/2014/01/20/her-a-love-story", "/2014/01/20/Her-A-Love-Story/", "/2014/01/20/her-a-love-story/comment-page-2/"]) {
      const response = await get(url);
      expect(response.status, url).toBe(301);
      expect(target(response), url).toBe(review);
    }
  });

  it("a post id two sites share goes to the site on the request's host, else the one imported first", async () => {
    // Post 5 is Lost in Translation on Reel Thoughts and Gravity on Film Notes.
    expect(target(await get("/?p=5", "filmnotes.example"))).toBe(`/reviews/${await reviewOf("filmnotes.example", 5)}`);
    expect(target(await get("/?p=5", "www.reelthoughts.example:443"))).toBe(`/reviews/${await reviewOf("reelthoughts.example", 5)}`);
    expect(target(await get("/?p=5", "marquee.test"))).toBe(`/reviews/${await reviewOf("reelthoughts.example", 5)}`);
  });

  it("leaves everything else alone: unknown ids and paths, the app's own routes, other methods", async () => {
    expect((await get("/?p=9999")).status).toBe(200);
    expect((await get("/?p=abc")).status).toBe(200);
    expect((await get("/2099/01/01/no-such-post")).status).toBe(200);
    expect(target(await get("/films"))).toBeNull();
    const post = await proxy(new NextRequest(new URL("http://marquee.test/2014/01/20/her-a-love-story"), { method: "POST" }));
    expect(post.status).not.toBe(301);
  });

  it("removes a trailing slash with one 308, keeping the query, and never points off the site", async () => {
    const response = await get("/films/?sort=top");
    expect(response.status).toBe(308);
    expect(target(response)).toBe("/films?sort=top");
    const sneaky = await proxy(new NextRequest("http://marquee.test//evil.example/"));
    expect(target(sneaky)).toBe("/evil.example");
  });

  it("an old #comment-<id> the review page doesn't show leads to that comment's own page", async () => {
    const reviewId = await reviewOf("reelthoughts.example", 5);
    const site = await db.wordPressSite.findUniqueOrThrow({ where: { url: "reelthoughts.example" } });
    const comment = await db.comment.findUniqueOrThrow({ where: { sourceKey: `wordpress:${site.id}:10` } });
    const follow = (commentId: string, id = reviewId) => wordpressComment(new Request("http://marquee.test/"), { params: Promise.resolve({ id, commentId }) });
    expect((await follow("10")).headers.get("location")).toBe(`/comments/${comment.id}#c-${comment.id}`);
    // Spam was never imported, and another review's comment is not this one's.
    expect((await follow("15")).headers.get("location")).toBe(`/reviews/${reviewId}`);
    const other = await reviewOf("reelthoughts.example", 6);
    expect((await follow("10", other)).headers.get("location")).toBe(`/reviews/${other}`);
    expect((await follow("10; DROP", "nope")).status).toBe(301);
  });

  it("costs no query for the app's own routes and for files browsers ask for by themselves", () => {
    const none = new URLSearchParams();
    for (const path of ["/films/her", "/reviews/x", "/favicon.ico", "/apple-touch-icon.png", "/.well-known/acme-challenge/x", "/"]) {
      expect(mayBeLegacyLink(path, none), path).toBe(false);
    }
    for (const path of ["/2014/01/20/her/", "/her-review.html", "/index.php/2014/01/20/her/", "/archives/123"]) expect(mayBeLegacyLink(path, none), path).toBe(true);
    expect(mayBeLegacyLink("/", new URLSearchParams("p=5"))).toBe(true);
  });

  it("normalises paths the way WordPress answers them", () => {
    expect(normalizeLegacyPath("/2014/01/20/%C3%A9t%C3%A9/")).toBe("/2014/01/20/été");
    expect(normalizeLegacyPath("/")).toBeNull();
    expect(normalizeLegacyPath("/a//b/amp/")).toBe("/a/b");
  });

  it("knows every top-level route of the app, so they never cost a lookup", () => {
    const app = path.resolve(import.meta.dirname, "../../app");
    const segments = new Set<string>();
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) {
          if (/^\(.*\)$/.test(name)) walk(full);
          else segments.add(name);
        } else if (dir === app) {
          if (name === "robots.ts") segments.add("robots.txt");
          if (name === "sitemap.ts") segments.add("sitemap.xml");
          if (name === "icon.svg") segments.add("icon.svg");
        }
      }
    };
    walk(app);
    for (const segment of segments) expect(APP_SEGMENTS.has(segment), segment).toBe(true);
  });
});

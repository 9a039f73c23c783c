// The exports a real WordPress 6.1 wrote (tests/fixtures/wordpress/README.md), imported into
// a real PostgreSQL and checked against the numbers WordPress's own database gave
// (<site>.expected.json): reviews, threads, states, authors, dates in UTC, counts, idempotency
// and the old links.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importWordPress } from "@/lib/wordpress/import-run";
import { IMPORTED_AS_PENDING, TRASHED_IN_WORDPRESS } from "@/lib/wordpress/import-rules";
import { siteKeyPrefix } from "@/lib/wordpress/source-keys";
import { fileSource } from "@/lib/wordpress/wxr-source";
import { WORDPRESS_FIXTURES } from "../helpers/wordpress-fixtures";

interface PostCounts {
  post_id: number;
  published: number;
  held: number;
  trash: number;
  post_trashed: number;
}
interface Threads {
  post_id: number;
  comments: number;
  top_level: number;
  max_depth: number;
  orphans: number[];
  cycle: number[];
  replies_before_parent: number[];
}
interface Expected {
  comments_per_post: PostCounts[];
  comment_threads: Threads[];
  comment_authors: { email_lowercased: string; names: string[]; comments: number }[];
  comments_by_users: { comment_id: number; user_display_name: string }[];
  comments_without_gmt_date: { comment_id: number; comment_date: string }[];
}

const expected = (site: string): Expected => JSON.parse(readFileSync(path.join(WORDPRESS_FIXTURES, `${site}.expected.json`), "utf8")) as Expected;
const source = (file: string) => fileSource(path.join(WORDPRESS_FIXTURES, file));

let her: string;
let ferris: string;

beforeAll(async () => {
  her = (await db.film.create({ data: { slug: "her", title: "Her", year: 2013, cast: [] } })).id;
  ferris = (await db.film.create({ data: { slug: "ferris-buellers-day-off", title: "Ferris Bueller's Day Off", year: 1986, cast: [] } })).id;
});

/** The site's imported comments by WordPress id, with what a test needs to check threads. */
async function siteComments(url: string) {
  const site = await db.wordPressSite.findUniqueOrThrow({ where: { url } });
  const prefix = siteKeyPrefix(site.id);
  const rows = await db.comment.findMany({ where: { sourceKey: { startsWith: prefix } }, include: { sourceAuthor: true } });
  const wp = new Map(rows.map((row) => [row.id, Number(row.sourceKey!.slice(prefix.length))]));
  const byWp = new Map(rows.map((row) => [wp.get(row.id)!, { ...row, parentWp: row.parentId ? wp.get(row.parentId)! : 0 }]));
  return { site, byWp, rows };
}

async function reviewFor(url: string, postId: number) {
  const post = await db.wordPressPost.findFirstOrThrow({ where: { postId, site: { url } }, include: { review: { include: { sourceAuthor: true } } } });
  return post;
}

/** Depth of each comment counting a top-level one as 1, as expected.sql does. */
function depths(comments: Map<number, { parentWp: number }>): Map<number, number> {
  const depth = new Map<number, number>();
  const of = (id: number): number => {
    const known = depth.get(id);
    if (known) return known;
    const parent = comments.get(id)!.parentWp;
    const value = parent === 0 ? 1 : of(parent) + 1;
    depth.set(id, value);
    return value;
  };
  for (const id of comments.keys()) of(id);
  return depth;
}

describe("reelthoughts.xml, a real WordPress export", () => {
  const want = expected("reelthoughts");

  it("imports the published posts whose tags name a film, and lists the one that names none", async () => {
    const { report } = await importWordPress(db, source("reelthoughts.xml"));
    expect(report.reviews).toEqual({ created: 6, alreadyImported: 0, skippedNoFilm: 1 });
    expect(report.problems.listed.find((problem) => problem.kind === "no-film")?.postId).toBe(9);
    expect(report.skippedItems).toEqual({ page: 3, attachment: 1, draft: 1, "pending review": 1, private: 1, trashed: 1, "menu item": 2 });
    expect(report.notImported).toEqual({ spam: 0, pingbacks: 3, otherTypes: 0 });

    const films = await db.wordPressPost.findMany({ select: { postId: true, review: { select: { filmId: true, rating: true } } }, orderBy: { postId: "asc" } });
    expect(films.map((post) => [post.postId, post.review.filmId === her ? "Her" : post.review.filmId === ferris ? "Ferris" : "?", post.review.rating])).toEqual([
      [5, "Her", 10],
      [6, "Her", 7],
      [7, "Her", 7],
      [8, "Ferris", 9],
      [10, "Her", null],
      [19, "Her", null],
    ]);
  });

  it("keeps each review's text, date to the second, author and old link", async () => {
    const five = await reviewFor("reelthoughts.example", 5);
    expect(five.review.title).toBe("Her: a love story for the age of the operating system");
    expect(five.review.createdAt.toISOString()).toBe("2014-01-20T14:15:00.000Z");
    expect(five.review.sourceAuthor?.name).toBe("Mara Lindqvist");
    expect(five.path).toBe("/2014/01/20/her-a-love-story");
    expect(five.review.body).not.toMatch(/\[caption|<!--|\[gallery/);
    expect(five.review.body).toContain("Theodore, alone with the skyline.");
    const seven = await reviewFor("reelthoughts.example", 7);
    expect(seven.review.body).not.toMatch(/\[\/?(spoiler|audio)/);
    // An enclosing spoiler shortcode becomes Marquee's inline spoiler.
    expect(seven.review.body).toContain("||Samantha leaves, and so do the others.||");
    const ten = await reviewFor("reelthoughts.example", 10);
    expect(ten.review.createdAt.toISOString()).toBe("2014-11-02T05:30:00.000Z");
  });

  it("imports every comment of each review in the state WordPress had it, and counts the published ones", async () => {
    const { byWp } = await siteComments("reelthoughts.example");
    for (const counts of want.comments_per_post.filter((post) => [5, 6, 7, 8, 10, 19].includes(post.post_id))) {
      const { review } = await reviewFor("reelthoughts.example", counts.post_id);
      const mine = [...byWp.values()].filter((comment) => comment.reviewId === review.id);
      const states = { published: 0, held: 0, deleted: 0 };
      for (const comment of mine) states[comment.state === "PUBLISHED" ? "published" : comment.state === "PENDING" ? "held" : "deleted"]++;
      expect(states, `post ${counts.post_id}`).toEqual({ published: counts.published, held: counts.held, deleted: counts.trash + counts.post_trashed });
      expect(review.commentCount, `post ${counts.post_id}`).toBe(counts.published);
    }
    expect(byWp.get(11)).toMatchObject({ state: "PENDING", stateReason: IMPORTED_AS_PENDING });
    expect(byWp.get(13)).toMatchObject({ state: "DELETED", stateReason: TRASHED_IN_WORDPRESS });
    expect(byWp.get(47)).toMatchObject({ state: "DELETED" });
    // Pingbacks and trackbacks are not comments.
    for (const ping of [24, 25, 31]) expect(byWp.has(ping)).toBe(false);
  });

  it("rebuilds the threads: any depth, replies before parents, orphans and the loop made top-level", async () => {
    const { byWp } = await siteComments("reelthoughts.example");
    const depth = depths(byWp);
    for (const threads of want.comment_threads.filter((post) => [5, 7, 8, 10, 19].includes(post.post_id))) {
      const { review } = await reviewFor("reelthoughts.example", threads.post_id);
      const ids = [...byWp.entries()].filter(([, comment]) => comment.reviewId === review.id).map(([id]) => id);
      expect(ids.length, `post ${threads.post_id}`).toBe(threads.comments);
      // WordPress's top level, and the orphans, which become top-level here.
      expect(ids.filter((id) => byWp.get(id)!.parentWp === 0).length, `post ${threads.post_id}`).toBe(threads.top_level + threads.orphans.length);
      expect(Math.max(...ids.map((id) => depth.get(id)!)), `post ${threads.post_id}`).toBe(threads.max_depth);
      for (const orphan of threads.orphans) expect(byWp.get(orphan)!.parentWp).toBe(0);
    }
    // Comment 20 was listed before its parent 21, and still hangs under it.
    expect(byWp.get(20)!.parentWp).toBe(21);
    // The chain 2 → … → 10 is nine deep.
    expect(byWp.get(10)!.depth).toBe(8);
    // The loop 27 ↔ 28: the earlier one, 27, is top-level; 28 replies to it; 29 stays under 28.
    expect([byWp.get(27)!.parentWp, byWp.get(28)!.parentWp, byWp.get(29)!.parentWp]).toEqual([0, 27, 28]);
    // A published reply to a trashed comment keeps its place under "[deleted]".
    expect(byWp.get(14)!.parentWp).toBe(13);
  });

  it("keys commenters by lower-cased email, and credits WordPress users who wrote posts by display name", async () => {
    const { byWp } = await siteComments("reelthoughts.example");
    const author = (id: number) => byWp.get(id)!.sourceAuthor!;
    expect(author(2).id).not.toBe(author(4).id);
    expect([author(2).name, author(4).name]).toEqual(["Chris", "Chris"]);
    expect(author(3).id).toBe(author(6).id);
    for (const { comment_id, user_display_name } of want.comments_by_users.filter((row) => byWp.has(row.comment_id))) {
      expect(author(comment_id).name, `comment ${comment_id}`).toBe(user_display_name);
    }
    expect(author(5).id).toBe((await reviewFor("reelthoughts.example", 5)).review.sourceAuthorId);
    expect(author(23)).toMatchObject({ name: "Film Fan", email: null });
  });

  it("dates every comment in UTC from comment_date_gmt, and the one without it in the blog's zone", async () => {
    const { byWp } = await siteComments("reelthoughts.example");
    const xml = readFileSync(path.join(WORDPRESS_FIXTURES, "reelthoughts.xml"), "utf8");
    for (const [, id, gmt] of xml.matchAll(/<wp:comment_id>(\d+)<\/wp:comment_id>[\s\S]*?<wp:comment_date_gmt><!\[CDATA\[([^\]]+)\]\]>/g)) {
      const comment = byWp.get(Number(id));
      if (!comment || gmt!.startsWith("0000")) continue;
      expect(comment.createdAt.toISOString(), `comment ${id}`).toBe(`${gmt!.replace(" ", "T")}.000Z`);
    }
    expect(want.comments_without_gmt_date.map((row) => row.comment_id)).toEqual([23]);
    // 14:30 in New York in January is 19:30 UTC.
    expect(byWp.get(23)!.createdAt.toISOString()).toBe("2014-01-25T19:30:00.000Z");
  });

  it("scores the film from the imported ratings", async () => {
    const tallies = await db.filmRatingTally.findMany({ where: { filmId: her, isCritic: true, reviews: { gt: 0 } }, select: { rating: true, reviews: true }, orderBy: { rating: "asc" } });
    expect(tallies).toEqual([
      { rating: 0, reviews: 2 },
      { rating: 7, reviews: 2 },
      { rating: 10, reviews: 1 },
    ]);
  });

  it("changes nothing when imported again, and says so", async () => {
    const before = await Promise.all([db.review.count(), db.comment.count(), db.sourceAuthor.count(), db.wordPressPost.count()]);
    const { report } = await importWordPress(db, source("reelthoughts.xml"));
    expect(report.nothingChanged).toBe(true);
    const imported = want.comments_per_post.filter((post) => [5, 6, 7, 8, 10, 19].includes(post.post_id));
    expect(report.comments).toMatchObject({ created: 0, alreadyImported: imported.reduce((sum, post) => sum + post.published + post.held + post.trash + post.post_trashed, 0) });
    expect(await Promise.all([db.review.count(), db.comment.count(), db.sourceAuthor.count(), db.wordPressPost.count()])).toEqual(before);
  });
});

describe("filmnotes.xml, another site with the same ids", () => {
  it("adds its own review and comments instead of merging them", async () => {
    const { report } = await importWordPress(db, source("filmnotes.xml"));
    expect(report.reviews).toEqual({ created: 1, alreadyImported: 0, skippedNoFilm: 1 });
    expect(report.comments.createdByState).toEqual({ published: 2, pending: 1, trash: 0 });
    const four = await reviewFor("filmnotes.example", 4);
    expect(four.review).toMatchObject({ filmId: her, rating: 8, commentCount: 2 });
    // Plain permalinks: the old link is /?p=4, answered by id; no path to match.
    expect(four.path).toBeNull();
    const { byWp } = await siteComments("filmnotes.example");
    expect(byWp.get(3)!.parentWp).toBe(2);
    expect(byWp.get(3)!.createdAt.toISOString()).toBe("2014-02-01T20:30:00.000Z");
    expect(byWp.get(2)!.sourceAuthor).toMatchObject({ name: "Chris P.", email: "chris@example.com" });
    expect(await db.wordPressPost.count({ where: { postId: 5, site: { url: "filmnotes.example" } } })).toBe(0);
  });
});

describe("bigthread.xml.gz, 2,000 comments on one post", () => {
  it("imports the whole thread from the compressed file", async () => {
    const want = expected("bigthread");
    const { report } = await importWordPress(db, source("bigthread.xml.gz"));
    const counts = want.comments_per_post[0]!;
    expect(report.comments.createdByState).toEqual({ published: counts.published, pending: counts.held, trash: counts.trash });
    const { review } = await reviewFor("bigthread.example", 4);
    expect(review).toMatchObject({ filmId: her, rating: 8, commentCount: counts.published });
    const { byWp } = await siteComments("bigthread.example");
    const threads = want.comment_threads[0]!;
    expect(byWp.size).toBe(threads.comments);
    expect([...byWp.values()].filter((comment) => comment.parentWp === 0).length).toBe(threads.top_level);
    expect(Math.max(...depths(byWp).values())).toBe(threads.max_depth);
    const authors = new Set([...byWp.values()].map((comment) => comment.sourceAuthorId));
    expect(authors.size).toBe(want.comment_authors.length);
  });
});

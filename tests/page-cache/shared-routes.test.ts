import { describe, expect, it } from "vitest";
import { sharedPageTags } from "@/lib/page-cache/shared-page-cache.mjs";
import { hasSessionCookie, parseSharedSegments, publicPathname, sharedPath, sharedRouteFor, sharedSearchParams, type Audience } from "@/lib/page-cache/shared-routes";

const shared = (url: string, audience: Audience = "guest") => {
  const { pathname, searchParams } = new URL(url, "http://marquee.test");
  const route = sharedRouteFor(pathname, searchParams);
  return route && sharedPath(route, audience);
};
const guest = (url: string) => shared(url, "guest");

describe("sharedRouteFor and sharedPath: which requests a shared page serves, and where", () => {
  it("maps the four public pages, folding the query into the path", () => {
    expect(guest("/")).toBe("/shared/guest/home/-");
    expect(guest("/films")).toBe("/shared/guest/films/-");
    expect(guest("/films/her")).toBe("/shared/guest/film/her/-");
    expect(guest("/reviews/abc")).toBe("/shared/guest/review/abc/-");
    expect(guest("/reviews/abc?page=2&sort=top")).toBe(`/shared/guest/review/abc/${encodeURIComponent("sort=top&page=2")}`);
  });

  it("gives the same path for the same query in any order, and drops empty values", () => {
    expect(guest("/films/her?page=3&sort=helpful")).toBe(guest("/films/her?sort=helpful&page=3"));
    expect(guest("/films/her?page=3&sort=helpful")).toBe(`/shared/guest/film/her/${encodeURIComponent("sort=helpful&page=3")}`);
    expect(guest("/reviews/abc?sort=")).toBe("/shared/guest/review/abc/-");
  });


  it("has one page per audience at the same public address", () => {
    expect(shared("/reviews/abc?sort=top", "member")).toBe(`/shared/member/review/abc/${encodeURIComponent("sort=top")}`);
    expect(shared("/", "member")).toBe("/shared/member/home/-");
  });

  it("keeps every other request live", () => {
    expect(guest("/?account=deleted")).toBeNull(); // the deleted-account notice
    expect(guest("/reviews/abc?existing=1")).toBeNull();
    expect(guest("/reviews/abc/edit")).toBeNull();
    expect(guest("/reviews/abc/history")).toBeNull();
    expect(guest("/users/mai")).toBeNull();
    expect(guest("/search?q=her")).toBeNull();
  });

  it("hands the guest page the same searchParams the live page would read", () => {
    const path = guest("/reviews/abc?sort=top&page=2")!;
    const segment = decodeURIComponent(path.split("/").at(-1)!);
    expect(sharedSearchParams(segment)).toEqual({ sort: "top", page: "2" });
    // As Next.js hands a statically rendered page its segment: still encoded.
    expect(sharedSearchParams(path.split("/").at(-1)!)).toEqual({ sort: "top", page: "2" });
    expect(sharedSearchParams("-")).toEqual({});
  });
});

describe("sort and page values: one cache entry for each page a reader can really see", () => {
  it("keeps only the page's own sorts, and leaves the default sort out", () => {
    // Film pages sort reviews (lib/queries/review-sort.ts), review pages sort comments (lib/comments/thread-params.ts).
    expect(guest("/films/her?sort=lowest")).toBe(`/shared/guest/film/her/${encodeURIComponent("sort=lowest")}`);
    expect(guest("/reviews/abc?sort=newest")).toBe(`/shared/guest/review/abc/${encodeURIComponent("sort=newest")}`);
    for (const url of ["/films/her?sort=newest", "/films/her?sort=bogus", "/films/her?sort=top", "/films/her?sort=NEWEST", "/films/her?sort=newest%00"]) {
      expect(guest(url), url).toBe("/shared/guest/film/her/-");
    }
    for (const url of ["/reviews/abc?sort=oldest", "/reviews/abc?sort=helpful", `/reviews/abc?sort=${"x".repeat(40)}`, "/reviews/abc?sort=top%20"]) {
      expect(guest(url), url).toBe("/shared/guest/review/abc/-");
    }
  });

  it("keeps a page number only as the page reads it, and leaves page 1 out", () => {
    const page2 = `/shared/guest/review/abc/${encodeURIComponent("page=2")}`;
    for (const url of ["/reviews/abc?page=2", "/reviews/abc?page=02", "/reviews/abc?page=000002"]) expect(guest(url), url).toBe(page2);
    for (const url of ["/reviews/abc?page=1", "/reviews/abc?page=0", "/reviews/abc?page=-3", "/reviews/abc?page=2.5", "/reviews/abc?page=abc", "/reviews/abc?page=1e3"]) {
      expect(guest(url), url).toBe("/shared/guest/review/abc/-");
    }
  });

  it("bounds page numbers: a huge one is never a page of its own beyond the last page any list is read to", () => {
    expect(guest("/films/her?page=99999")).toBe(`/shared/guest/film/her/${encodeURIComponent("page=10000")}`);
    expect(guest("/films/her?page=999999")).toBe(guest("/films/her?page=10000"));
    expect(guest(`/films/her?page=${"9".repeat(20)}`)).toBe("/shared/guest/film/her/-");
  });

  it("reads a repeated parameter as the page does: its first value", () => {
    expect(guest("/reviews/abc?page=2&page=3")).toBe(guest("/reviews/abc?page=2"));
    expect(guest("/reviews/abc?sort=bogus&sort=top")).toBe("/shared/guest/review/abc/-");
  });

  it("has one entry for a default sort and page however they are written, with the same searchParams the page reads", () => {
    const plain = guest("/films/her");
    expect(guest("/films/her?sort=newest&page=1")).toBe(plain);
    expect(guest("/films/her?sort=bogus&page=abc")).toBe(plain);
    expect(sharedSearchParams(plain!.split("/").at(-1)!)).toEqual({});
  });
});

describe("the cache handler's tags match what the triggers write", () => {
  it.each(["guest", "member"] as const)("for the %s pages", (audience) => {
    expect(sharedPageTags(shared("/reviews/abc", audience)!)).toEqual(["all", "review:abc"]);
    expect(sharedPageTags(shared("/films/her", audience)!)).toEqual(["all", "film:her"]);
  });

  it.each([
    ["/", ["all", "lists"]],
    ["/films", ["all", "lists"]],
    ["/films/her?sort=helpful", ["all", "film:her"]],
    ["/reviews/abc?page=2", ["all", "review:abc"]],
  ])("%s", (url, tags) => {
    expect(sharedPageTags(guest(url)!)).toEqual(tags);
  });

  it("leaves other cache entries untagged", () => {
    expect(sharedPageTags("/_not-found")).toBeNull();
  });
});

describe("publicPathname: links rendered on a guest page point at the public address", () => {
  it.each(["/", "/films", "/films/her", "/films/her?page=2", "/reviews/abc", "/reviews/abc?sort=top"])("%s", (url) => {
    expect(publicPathname(guest(url)!)).toBe(url.split("?")[0]);
  });

  it("leaves ordinary paths alone", () => {
    expect(publicPathname("/reviews/abc/edit")).toBe("/reviews/abc/edit");
    expect(publicPathname("/guests-of-honour")).toBe("/guests-of-honour");
    expect(publicPathname("/shared-reading")).toBe("/shared-reading");
  });

  it("on member pages too", () => {
    expect(publicPathname(shared("/reviews/abc?page=2", "member")!)).toBe("/reviews/abc");
  });
});

describe("parseSharedSegments: the viewer layer tells a shared member page from its route segments", () => {
  it("reads the audience, the kind of page and its key", () => {
    expect(parseSharedSegments(["member", "review", "abc", "-"])).toEqual({ audience: "member", kind: "review", key: "abc" });
    expect(parseSharedSegments(["guest", "film", "her", "-"])).toEqual({ audience: "guest", kind: "film", key: "her" });
    expect(parseSharedSegments(["member", "home", "-"])).toEqual({ audience: "member", kind: "home" });
  });

  it("knows nothing else", () => {
    expect(parseSharedSegments(["staff", "home", "-"])).toBeNull();
    expect(parseSharedSegments(["member", "review"])).toBeNull();
    expect(parseSharedSegments([])).toBeNull();
  });
});

describe("hasSessionCookie", () => {
  it("knows Auth.js's cookie on http and https, whole or in chunks", () => {
    expect(hasSessionCookie(["authjs.session-token"])).toBe(true);
    expect(hasSessionCookie(["__Secure-authjs.session-token.0", "__Secure-authjs.session-token.1"])).toBe(true);
    expect(hasSessionCookie(["authjs.csrf-token", "authjs.callback-url", "theme"])).toBe(false);
  });
});

describe("client-side navigations", () => {
  it("share the cached page: Next.js's _rsc marker is not part of the query", () => {
    expect(guest("/reviews/abc?_rsc=1x2y")).toBe("/shared/guest/review/abc/-");
    expect(guest("/reviews/abc?sort=top&_rsc=1x2y")).toBe(`/shared/guest/review/abc/${encodeURIComponent("sort=top")}`);
  });
});

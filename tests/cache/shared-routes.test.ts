import { describe, expect, it } from "vitest";
import { sharedPageTags } from "@/lib/cache/shared-page-cache.mjs";
import { hasSessionCookie, parseSharedSegments, publicPathname, sharedPath, sharedRouteFor, sharedSearchParams, type Audience } from "@/lib/cache/shared-routes";

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
    expect(guest("/films/her?page=3&sort=rating")).toBe(guest("/films/her?sort=rating&page=3"));
    expect(guest("/reviews/abc?sort=")).toBe("/shared/guest/review/abc/-");
  });

  it("has one page per audience at the same public address", () => {
    expect(shared("/reviews/abc?sort=top", "member")).toBe(`/shared/member/review/abc/${encodeURIComponent("sort=top")}`);
    expect(shared("/", "member")).toBe("/shared/member/home/-");
  });

  it("keeps every other request live", () => {
    expect(guest("/?account=deleted")).toBeNull(); // the deleted-account notice
    expect(guest("/reviews/abc?existing=1")).toBeNull();
    expect(guest("/reviews/abc?page=1&page=2")).toBeNull();
    expect(guest(`/reviews/abc?sort=${"x".repeat(40)}`)).toBeNull();
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

describe("the cache handler's tags match what the triggers write", () => {
  it.each(["guest", "member"] as const)("for the %s pages", (audience) => {
    expect(sharedPageTags(shared("/reviews/abc", audience)!)).toEqual(["all", "review:abc"]);
    expect(sharedPageTags(shared("/films/her", audience)!)).toEqual(["all", "film:her"]);
  });

  it.each([
    ["/", ["all", "lists"]],
    ["/films", ["all", "lists"]],
    ["/films/her?sort=rating", ["all", "film:her"]],
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

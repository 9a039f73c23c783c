import { describe, expect, it } from "vitest";
import { guestPageTags } from "@/lib/cache/guest-page-cache.mjs";
import { guestPathFor, guestSearchParams, hasSessionCookie, publicPathname } from "@/lib/cache/guest-routes";

const guest = (url: string) => {
  const { pathname, searchParams } = new URL(url, "http://marquee.test");
  return guestPathFor(pathname, searchParams);
};

describe("guestPathFor: which signed-out requests are served from the shared cache", () => {
  it("maps the four public pages, folding the query into the path", () => {
    expect(guest("/")).toBe("/guest/home/-");
    expect(guest("/films")).toBe("/guest/films/-");
    expect(guest("/films/her")).toBe("/guest/film/her/-");
    expect(guest("/reviews/abc")).toBe("/guest/review/abc/-");
    expect(guest("/reviews/abc?page=2&sort=top")).toBe(`/guest/review/abc/${encodeURIComponent("sort=top&page=2")}`);
  });

  it("gives the same path for the same query in any order, and drops empty values", () => {
    expect(guest("/films/her?page=3&sort=rating")).toBe(guest("/films/her?sort=rating&page=3"));
    expect(guest("/reviews/abc?sort=")).toBe("/guest/review/abc/-");
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
    expect(guestSearchParams(segment)).toEqual({ sort: "top", page: "2" });
    // As Next.js hands a statically rendered page its segment: still encoded.
    expect(guestSearchParams(path.split("/").at(-1)!)).toEqual({ sort: "top", page: "2" });
    expect(guestSearchParams("-")).toEqual({});
  });
});

describe("the cache handler's tags match what the triggers write", () => {
  it.each([
    ["/", ["all", "lists"]],
    ["/films", ["all", "lists"]],
    ["/films/her?sort=rating", ["all", "film:her"]],
    ["/reviews/abc?page=2", ["all", "review:abc"]],
  ])("%s", (url, tags) => {
    expect(guestPageTags(guest(url)!)).toEqual(tags);
  });

  it("leaves other cache entries untagged", () => {
    expect(guestPageTags("/_not-found")).toBeNull();
  });
});

describe("publicPathname: links rendered on a guest page point at the public address", () => {
  it.each(["/", "/films", "/films/her", "/films/her?page=2", "/reviews/abc", "/reviews/abc?sort=top"])("%s", (url) => {
    expect(publicPathname(guest(url)!)).toBe(url.split("?")[0]);
  });

  it("leaves ordinary paths alone", () => {
    expect(publicPathname("/reviews/abc/edit")).toBe("/reviews/abc/edit");
    expect(publicPathname("/guests-of-honour")).toBe("/guests-of-honour");
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
    expect(guest("/reviews/abc?_rsc=1x2y")).toBe("/guest/review/abc/-");
    expect(guest("/reviews/abc?sort=top&_rsc=1x2y")).toBe(`/guest/review/abc/${encodeURIComponent("sort=top")}`);
  });
});

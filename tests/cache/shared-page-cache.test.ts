// The page cache handler against a real PostgreSQL: entries are served until a trigger says
// what they show has changed, whichever instance made the change; while the database doesn't
// answer, or answers too slowly, they are served as they are.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import pg from "pg";
import SharedPageCache, { hasCachedPage } from "@/lib/cache/shared-page-cache.mjs";
import { databaseIsUnreachable, reportDatabaseAnswered, reportDatabaseFailure } from "@/lib/database/health.mjs";
import { db } from "@/lib/db";
import { refusingDatabaseUrl } from "../helpers/unreachable-database";

const page = (html: string) => ({ kind: "APP_PAGE", html, rscData: Buffer.from(html), headers: {}, status: 200 });
const keyFor = (path: string) => `/route-cache/APP_PAGE/0123abcd/$${path}`;

async function expire(tag: string, secondsAgo = 0) {
  await db.pageCacheExpiry.create({ data: { tag, expiredAt: new Date(Date.now() - secondsAgo * 1000) } });
}

describe("SharedPageCache", () => {
  beforeEach(async () => {
    await db.pageCacheExpiry.deleteMany();
  });

  it("serves a shared page until one of its own tags expires", async () => {
    const cache = new SharedPageCache({});
    const one = keyFor("/shared/guest/review/r1/-");
    const two = keyFor("/shared/guest/review/r2/-");
    await cache.set(one, page("one"), { cacheControl: { revalidate: 300 } });
    await cache.set(two, page("two"));

    expect(await cache.get(one)).toMatchObject({ value: { html: "one" }, cacheControl: { revalidate: 300 } });
    await expire("review:r1");
    expect(await cache.get(one)).toBeNull();
    expect(await cache.get(two)).toMatchObject({ value: { html: "two" } });
    await expire("all");
    expect(await cache.get(two)).toBeNull();
  });

  it("counts a render that finished just after a change as stale (it may have read the old data), but not one long after", async () => {
    const cache = new SharedPageCache({});
    await expire("lists");
    await expire("film:her", 60);
    const home = keyFor("/shared/guest/home/-");
    const film = keyFor("/shared/guest/film/her/-");
    await cache.set(home, page("home"));
    await cache.set(film, page("film"));
    expect(await cache.get(home)).toBeNull();
    expect(await cache.get(film)).toMatchObject({ value: { html: "film" } });
  });

  it("is shared by every handler in the process, as Next.js makes one per request", async () => {
    const key = keyFor("/shared/guest/film/shared/-");
    await new SharedPageCache({}).set(key, page("films"));
    expect(await new SharedPageCache({}).get(key)).toMatchObject({ value: { html: "films" } });
  });

  it("drops this process's entries for a tag Next.js revalidates", async () => {
    const cache = new SharedPageCache({});
    const key = keyFor("/shared/guest/review/r3/-");
    await cache.set(key, page("three"));
    await cache.revalidateTag(["review:r3"]);
    expect(await cache.get(key)).toBeNull();
  });

  it("never keeps error or not-found pages", async () => {
    const cache = new SharedPageCache({});
    const key = keyFor("/shared/guest/review/missing/-");
    await cache.set(key, { ...page("not found"), status: 404 });
    expect(await cache.get(key)).toBeNull();
  });
});

describe("SharedPageCache when the database is down or slow", () => {
  beforeEach(async () => {
    await db.pageCacheExpiry.deleteMany();
  });

  afterEach(() => {
    vi.unstubAllEnvs();
    reportDatabaseAnswered();
  });

  it("serves an entry as it is, unchecked, while the database is unreachable; checks it again once it answers", async () => {
    const cache = new SharedPageCache({});
    const key = keyFor("/shared/guest/review/outage/-");
    await cache.set(key, page("before the outage"));
    await expire("review:outage"); // a change the outage keeps from being seen

    vi.stubEnv("DATABASE_URL", await refusingDatabaseUrl());
    reportDatabaseFailure(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }));
    expect(await cache.get(key)).toMatchObject({ value: { html: "before the outage" } });

    reportDatabaseAnswered();
    expect(await cache.get(key)).toBeNull();
  });

  it("serves an entry as it is when its check is stuck (the database stalls), rather than wait for it", async () => {
    const cache = new SharedPageCache({});
    const key = keyFor("/shared/guest/film/stalled/-");
    await cache.set(key, page("stalled"));
    const locker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await locker.connect();
    try {
      await locker.query('BEGIN; LOCK TABLE "PageCacheExpiry" IN ACCESS EXCLUSIVE MODE');
      expect(await cache.get(key)).toMatchObject({ value: { html: "stalled" } });
    } finally {
      await locker.query("ROLLBACK");
      await locker.end();
    }
  });

  it("serves an entry as it is when its check fails", async () => {
    const cache = new SharedPageCache({});
    const key = keyFor("/shared/guest/film/failing/-");
    await cache.set(key, page("failing"));
    await db.$executeRawUnsafe('ALTER TABLE "PageCacheExpiry" RENAME TO "PageCacheExpiryAway"');
    try {
      expect(await cache.get(key)).toMatchObject({ value: { html: "failing" } });
    } finally {
      await db.$executeRawUnsafe('ALTER TABLE "PageCacheExpiryAway" RENAME TO "PageCacheExpiry"');
    }
    expect(databaseIsUnreachable()).toBe(false); // a missing table is a bug, not an outage
  });

  it("keeps the page it has when a render is sent elsewhere (as one that fails for want of the database is)", async () => {
    const cache = new SharedPageCache({});
    const key = keyFor("/shared/guest/review/kept/-");
    await cache.set(key, page("kept"));
    await cache.set(key, { kind: "APP_PAGE", html: "", rscData: Buffer.from(""), headers: { location: "/reviews/kept" }, status: 307 });
    expect(await cache.get(key)).toMatchObject({ value: { html: "kept" } });
    // A page that is now gone is dropped, though.
    await cache.set(key, { ...page("gone"), status: 404 });
    expect(await cache.get(key)).toBeNull();
  });

  it("says which pages it holds, for the proxy to serve while the database doesn't answer", async () => {
    const cache = new SharedPageCache({});
    const path = "/shared/member/film/held/-";
    expect(hasCachedPage(path)).toBe(false);
    await cache.set(keyFor(path), page("held"));
    expect(hasCachedPage(path)).toBe(true);
    await expire("film:held");
    expect(await cache.get(keyFor(path))).toBeNull();
    expect(hasCachedPage(path)).toBe(false);
  });
});

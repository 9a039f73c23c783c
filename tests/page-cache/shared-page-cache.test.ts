// The page cache handler against a real PostgreSQL: entries are served until a trigger says
// what they show has changed, whichever instance (connection) made the change; each instance
// hears of it through its expiry listener, so a hit runs no query. While the listener is down,
// hits are checked with a query; while the database doesn't answer, or answers too slowly,
// entries are served as they are.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import pg from "pg";
import SharedPageCache, { hasCachedPage } from "@/lib/page-cache/shared-page-cache.mjs";
import { noteRenderStart, noteRenderTags, sharedRenderId } from "@/lib/page-cache/render-starts.mjs";
import { databaseIsUnreachable, reportDatabaseAnswered, reportDatabaseFailure } from "@/lib/database/health.mjs";
import { db } from "@/lib/db";
import { refusingDatabaseUrl } from "../helpers/unreachable-database";
import { cutListener, expire, freshExpiries, keyFor, page, refuseListener, sharedPath, setUpPageCacheHarness, statementsDuring, storeRenderShowingCards } from "../helpers/page-cache-harness";

setUpPageCacheHarness();

describe("SharedPageCache", () => {
  beforeEach(freshExpiries);

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

  it("without a known render start, counts a render that finished just after a change as stale (it may have read the old data), but not one long after", async () => {
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

  it("counts an entry whose render started after the change as fresh, though stored within seconds of it", async () => {
    const cache = new SharedPageCache({});
    await expire("review:started-after", 1);
    noteRenderStart(sharedRenderId(["guest", "review", "started-after", "sort=newest"]));
    const key = keyFor("/shared/guest/review/started-after/sort%3Dnewest");
    await cache.set(key, page("after"));
    expect(await cache.get(key)).toMatchObject({ value: { html: "after" } });
  });

  it("counts an entry whose render started before the change as stale, however long before it was stored", async () => {
    const cache = new SharedPageCache({});
    noteRenderStart(sharedRenderId(["guest", "film", "started-before", "-"]), Date.now() - 10_000);
    await expire("film:started-before", 7);
    const key = keyFor("/shared/guest/film/started-before/-");
    await cache.set(key, page("before"));
    expect(await cache.get(key)).toBeNull();
  });

  it("when renders of a page overlap, counts each entry from the earliest start still running", async () => {
    const cache = new SharedPageCache({});
    const id = sharedRenderId(["member", "home", "-"]);
    const key = keyFor("/shared/member/home/-");
    noteRenderStart(id, Date.now() - 3_000); // a slow render, still running
    noteRenderStart(id, Date.now() - 1_000); // a quick one, which finishes first
    await expire("lists", 2);
    await cache.set(key, page("quick")); // can't tell which render this is: the slow one may have missed the change
    expect(await cache.get(key)).toBeNull();
    await cache.set(key, page("slow"));
    expect(await cache.get(key)).toBeNull();
    noteRenderStart(id); // once both are done, a new render that starts after the change is fresh
    await cache.set(key, page("new"));
    expect(await cache.get(key)).toMatchObject({ value: { html: "new" } });
  });

  it("when renders of a page overlap, gives each entry every card any of them listed", async () => {
    const cache = new SharedPageCache({});
    const segments = ["guest", "film", "overlapping", "-"];
    const id = sharedRenderId(segments);
    noteRenderStart(id, Date.now() - 2_000);
    noteRenderStart(id, Date.now() - 1_000);
    noteRenderTags(id, ["review-card:first"]);
    noteRenderTags(id, ["review-card:second"]);
    const key = keyFor(sharedPath(segments));
    await cache.set(key, page("first done"));
    await expire("review-card:second");
    expect(await cache.get(key)).toBeNull();
    await cache.set(key, page("second done"));
    await expire("review-card:first");
    expect(await cache.get(key)).toBeNull();
    // Both are stored: a later render carries only its own.
    await storeRenderShowingCards(cache, segments, ["third"], "third");
    await expire("review-card:first");
    expect(await cache.get(key)).toMatchObject({ value: { html: "third" } });
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
  beforeEach(freshExpiries);

  afterEach(() => {
    vi.unstubAllEnvs();
    reportDatabaseAnswered();
  });

  /** The listener can't reconnect while the app's database answers: hits are checked with a query. */
  async function withoutListener() {
    await refuseListener();
    await cutListener();
  }

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
    await withoutListener();
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
    await withoutListener();
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

  it("counts from the render's start in the fallback query too", async () => {
    await withoutListener();
    const cache = new SharedPageCache({});
    await expire("review:fallback-start", 1);
    noteRenderStart(sharedRenderId(["guest", "review", "fallback-start", "-"]));
    const key = keyFor("/shared/guest/review/fallback-start/-");
    await cache.set(key, page("fallback"));
    const { result, statements } = await statementsDuring(() => cache.get(key));
    expect(result).toMatchObject({ value: { html: "fallback" } });
    expect(statements).toBe(1);
  });

  it("checks the cards a page lists in the fallback query too", async () => {
    await withoutListener();
    const cache = new SharedPageCache({});
    await storeRenderShowingCards(cache, ["guest", "home", "-"], ["fallback-card"], "home");
    const key = keyFor("/shared/guest/home/-");
    expect(await cache.get(key)).toMatchObject({ value: { html: "home" } });
    await expire("review-card:fallback-card");
    const { result, statements } = await statementsDuring(() => cache.get(key));
    expect(result).toBeNull();
    expect(statements).toBe(1);
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

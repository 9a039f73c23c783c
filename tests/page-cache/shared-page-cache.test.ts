// The page cache handler against a real PostgreSQL: entries are served until a trigger says
// what they show has changed, whichever instance (connection) made the change; each instance
// hears of it through its expiry listener, so a hit runs no query. While the listener is down,
// hits are checked with a query; while the database doesn't answer, or answers too slowly,
// entries are served as they are.
import net from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import pg from "pg";
import SharedPageCache, { hasCachedPage } from "@/lib/page-cache/shared-page-cache.mjs";
import { LISTENER_APPLICATION_NAME, lastExpiry, pageExpiryListenerInSync, startPageExpiryListener } from "@/lib/page-cache/page-expiry-listener.mjs";
import { noteRenderStart, noteRenderTags, sharedRenderId } from "@/lib/page-cache/render-starts.mjs";
import { databaseIsUnreachable, reportDatabaseAnswered, reportDatabaseFailure } from "@/lib/database/health.mjs";
import { db } from "@/lib/db";
import { createTestFilm, createTestReview, createTestUser } from "../helpers/fixtures";
import { createCountedComment } from "../helpers/moderation-fixtures";
import { databaseRelay, refusingDatabaseUrl } from "../helpers/unreachable-database";

const page = (html: string) => ({ kind: "APP_PAGE", html, rscData: Buffer.from(html), headers: {}, status: 200 });
const keyFor = (path: string) => `/route-cache/APP_PAGE/0123abcd/$${path}`;

/** Stores a render of a shared page that listed these reviews' cards, as ReviewCard reports them (lib/page-cache/shared-page.tsx). */
async function storeRenderShowingCards(cache: SharedPageCache, segments: string[], reviewIds: string[], html: string) {
  const id = sharedRenderId(segments);
  noteRenderStart(id);
  noteRenderTags(id, reviewIds.map((reviewId) => `review-card:${reviewId}`));
  await cache.set(keyFor(sharedPath(segments)), page(html));
}

const sharedPath = (segments: string[]) => `/shared/${segments.map(encodeURIComponent).join("/")}`;

/** Appends an expiry row, as the triggers do, and waits until the listener (when listening) has heard of it. */
async function expire(tag: string, secondsAgo = 0) {
  const before = lastExpiry([tag]);
  const listening = pageExpiryListenerInSync();
  await db.pageCacheExpiry.create({ data: { tag, expiredAt: new Date(Date.now() - secondsAgo * 1000) } });
  if (listening) await vi.waitFor(() => expect(lastExpiry([tag])).not.toBe(before));
}

// The listener connects through this relay, so that a test can make the database refuse it
// while the app's own connections still work.
let relay: Awaited<ReturnType<typeof databaseRelay>>;
let refused = false;

beforeAll(async () => {
  relay = await databaseRelay(process.env.DATABASE_URL!);
  process.env.DATABASE_DIRECT_URL = relay.url;
});

afterAll(async () => {
  delete process.env.DATABASE_DIRECT_URL;
  if (!refused) await relay.refuse();
});

/** The listener can't connect (its database refuses) while the app's database answers. */
async function refuseListener() {
  await relay.refuse();
  refused = true;
}

afterEach(async () => {
  if (refused) await relay.accept();
  refused = false;
});

async function listenerPids(): Promise<number[]> {
  const rows = await db.$queryRaw<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE application_name = ${LISTENER_APPLICATION_NAME}`;
  return rows.map((row) => row.pid);
}

/** Ends the listener's connection from the server's side, as a restart or a network cut would; resolves once it is gone. */
async function cutListener(): Promise<number[]> {
  const pids = await listenerPids();
  await db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ${LISTENER_APPLICATION_NAME}`;
  await vi.waitFor(async () => {
    expect((await listenerPids()).filter((pid) => pids.includes(pid))).toEqual([]);
    // It reconnects within milliseconds, unless its database refuses.
    if (refused) expect(pageExpiryListenerInSync()).toBe(false);
  });
  return pids;
}

/** Waits until the listener has a connection other than `old` and has read the table on it. */
async function listeningAgain(old: number[]) {
  await vi.waitFor(
    async () => {
      const pids = await listenerPids();
      expect(pids.length).toBe(1);
      expect(old).not.toContain(pids[0]);
      expect(pageExpiryListenerInSync()).toBe(true);
    },
    { timeout: 10_000, interval: 50 },
  );
}

/** Starts over: no expiry rows, and the listener's copy rebuilt from the (empty) table. */
async function freshExpiries() {
  await db.pageCacheExpiry.deleteMany();
  startPageExpiryListener();
  await vi.waitFor(() => expect(pageExpiryListenerInSync()).toBe(true), { timeout: 10_000 });
  await listeningAgain(await cutListener());
}

/**
 * Counts the SQL statements this process sends through pg while `work` runs (the page cache's
 * fallback query; every pg connection, pooled or not), and what it writes to any socket at all
 * (the listener's postgres.js connections included).
 */
async function statementsDuring<T>(work: () => Promise<T>): Promise<{ result: T; statements: number; socketWrites: number }> {
  const queries = vi.spyOn(pg.Client.prototype, "query");
  const writes = vi.spyOn(net.Socket.prototype, "write");
  try {
    const result = await work();
    return { result, statements: queries.mock.calls.length, socketWrites: writes.mock.calls.length };
  } finally {
    queries.mockRestore();
    writes.mockRestore();
  }
}

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

describe("SharedPageCache's expiry listener", () => {
  beforeEach(freshExpiries);

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("checks a hit without any SQL while it listens", async () => {
    const cache = new SharedPageCache({});
    const key = keyFor("/shared/guest/review/quiet/-");
    await cache.set(key, page("quiet"));
    const { result, statements, socketWrites } = await statementsDuring(() => cache.get(key));
    expect(result).toMatchObject({ value: { html: "quiet" } });
    expect(statements).toBe(0);
    expect(socketWrites).toBe(0);
  });

  it("expires an entry when another instance's write is announced, without asking the database", async () => {
    const review = await createTestReview({ authorId: (await createTestUser()).id });
    await freshExpiries(); // forget the review's own creation, so the page below starts fresh
    const cache = new SharedPageCache({});
    const key = keyFor(`/shared/guest/review/${review.id}/-`);
    await cache.set(key, page("before the comment"));

    // Another instance: a connection of its own, writing a comment; the triggers do the rest.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL, application_name: "instance-a" });
    await other.connect();
    const heardBefore = lastExpiry([`review:${review.id}`]);
    try {
      await other.query(
        `INSERT INTO "Comment" ("id", "reviewId", "authorId", "body", "updatedAt") SELECT $1, "id", "authorId", 'Posted through another instance', now() FROM "Review" WHERE "id" = $2`,
        [`c-other-${review.id}`, review.id],
      );
    } finally {
      await other.end();
    }
    await vi.waitFor(() => expect(lastExpiry([`review:${review.id}`])).toBeGreaterThan(heardBefore));

    const { result, statements, socketWrites } = await statementsDuring(() => cache.get(key));
    expect(result).toBeNull();
    expect(statements).toBe(0);
    expect(socketWrites).toBe(0);
  });

  it("expires a film page and the home page when a comment lands on a review whose card they list, and not for any other review", async () => {
    const author = await createTestUser();
    const film = await createTestFilm();
    const listed = await createTestReview({ authorId: author.id, filmId: film.id });
    const unlisted = await createTestReview({ authorId: (await createTestUser()).id, filmId: film.id }); // on another page, or another sort
    await freshExpiries(); // forget the reviews' creation, so the pages below start fresh
    const cache = new SharedPageCache({});
    const filmPage = ["guest", "film", film.slug, "-"];
    const homePage = ["member", "home", "-"];
    await storeRenderShowingCards(cache, filmPage, [listed.id], "film page");
    await storeRenderShowingCards(cache, homePage, [listed.id], "home page");

    await createCountedComment({ reviewId: unlisted.id, authorId: author.id });
    await vi.waitFor(() => expect(lastExpiry([`review-card:${unlisted.id}`])).toBeGreaterThan(-Infinity));
    const kept = await statementsDuring(() => Promise.all([cache.get(keyFor(sharedPath(filmPage))), cache.get(keyFor(sharedPath(homePage)))]));
    expect(kept.result).toMatchObject([{ value: { html: "film page" } }, { value: { html: "home page" } }]);
    expect(kept.statements).toBe(0);

    await createCountedComment({ reviewId: listed.id, authorId: author.id });
    await vi.waitFor(() => expect(lastExpiry([`review-card:${listed.id}`])).toBeGreaterThan(-Infinity));
    expect(await cache.get(keyFor(sharedPath(filmPage)))).toBeNull();
    expect(await cache.get(keyFor(sharedPath(homePage)))).toBeNull();
  });

  it("reads the expiry times again when the read after listening failed, though the connection stayed up", async () => {
    await db.$executeRawUnsafe('ALTER TABLE "PageCacheExpiry" RENAME TO "PageCacheExpiryAway"');
    try {
      const old = await cutListener();
      await vi.waitFor(async () => expect((await listenerPids()).filter((pid) => !old.includes(pid)).length).toBe(1), { timeout: 10_000 });
      expect(pageExpiryListenerInSync()).toBe(false);
    } finally {
      await db.$executeRawUnsafe('ALTER TABLE "PageCacheExpiryAway" RENAME TO "PageCacheExpiry"');
    }
    await vi.waitFor(() => expect(pageExpiryListenerInSync()).toBe(true), { timeout: 10_000 });
  });

  it("checks hits with a query while it can't listen, and picks up what expired meanwhile once it listens again", async () => {
    const cache = new SharedPageCache({});
    const first = keyFor("/shared/guest/review/while-down-1/-");
    const second = keyFor("/shared/guest/review/while-down-2/-");
    await cache.set(first, page("first"));
    await cache.set(second, page("second"));

    await refuseListener();
    const old = await cutListener();
    await expire("review:while-down-1"); // announced to nobody
    await expire("review:while-down-2");
    expect(lastExpiry(["review:while-down-1", "review:while-down-2"])).toBe(-Infinity);

    const checked = await statementsDuring(() => cache.get(first));
    expect(checked.result).toBeNull();
    expect(checked.statements).toBe(1);

    await relay.accept();
    refused = false;
    await listeningAgain(old);
    const reloaded = await statementsDuring(() => cache.get(second));
    expect(reloaded.result).toBeNull();
    expect(reloaded.statements).toBe(0);
    expect(reloaded.socketWrites).toBe(0);
  });
});

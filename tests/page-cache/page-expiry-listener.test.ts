// The page cache's expiry listener against a real PostgreSQL: while it listens, a hit runs no
// query and another instance's write expires entries as soon as it is announced; when its
// connection is cut or refused, hits are checked with a query until it listens again and has
// read what expired meanwhile.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import pg from "pg";
import SharedPageCache from "@/lib/page-cache/shared-page-cache.mjs";
import { lastExpiry, pageExpiryListenerInSync } from "@/lib/page-cache/page-expiry-listener.mjs";
import { db } from "@/lib/db";
import { createTestFilm, createTestReview, createTestUser } from "../helpers/fixtures";
import { createCountedComment } from "../helpers/moderation-fixtures";
import { acceptListener, cutListener, expire, freshExpiries, keyFor, listenerPids, listeningAgain, page, refuseListener, sharedPath, setUpPageCacheHarness, statementsDuring, storeRenderShowingCards } from "../helpers/page-cache-harness";

setUpPageCacheHarness();

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

    await acceptListener();
    await listeningAgain(old);
    const reloaded = await statementsDuring(() => cache.get(second));
    expect(reloaded.result).toBeNull();
    expect(reloaded.statements).toBe(0);
    expect(reloaded.socketWrites).toBe(0);
  });
});

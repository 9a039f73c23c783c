// A harness for the page cache handler's tests against a real PostgreSQL: pages and keys as
// Next.js hands them over, expiry rows as the triggers write them, and the expiry listener,
// which connects through a relay so that a test can cut or refuse it while the app's own
// connections still work.
import net from "node:net";
import { afterAll, afterEach, beforeAll, expect, vi } from "vitest";
import pg from "pg";
import type SharedPageCache from "@/lib/page-cache/shared-page-cache.mjs";
import { LISTENER_APPLICATION_NAME, lastExpiry, pageExpiryListenerInSync, startPageExpiryListener } from "@/lib/page-cache/page-expiry-listener.mjs";
import { noteRenderStart, noteRenderTags, sharedRenderId } from "@/lib/page-cache/render-starts.mjs";
import { db } from "@/lib/db";
import { databaseRelay } from "./unreachable-database";

export const page = (html: string) => ({ kind: "APP_PAGE", html, rscData: Buffer.from(html), headers: {}, status: 200 });
export const keyFor = (path: string) => `/route-cache/APP_PAGE/0123abcd/$${path}`;

/** Stores a render of a shared page that listed these reviews' cards, as ReviewCard reports them (lib/page-cache/shared-page.tsx). */
export async function storeRenderShowingCards(cache: SharedPageCache, segments: string[], reviewIds: string[], html: string) {
  const id = sharedRenderId(segments);
  noteRenderStart(id);
  noteRenderTags(id, reviewIds.map((reviewId) => `review-card:${reviewId}`));
  await cache.set(keyFor(sharedPath(segments)), page(html));
}

export const sharedPath = (segments: string[]) => `/shared/${segments.map(encodeURIComponent).join("/")}`;

/** Appends an expiry row, as the triggers do, and waits until the listener (when listening) has heard of it. */
export async function expire(tag: string, secondsAgo = 0) {
  const before = lastExpiry([tag]);
  const listening = pageExpiryListenerInSync();
  await db.pageCacheExpiry.create({ data: { tag, expiredAt: new Date(Date.now() - secondsAgo * 1000) } });
  if (listening) await vi.waitFor(() => expect(lastExpiry([tag])).not.toBe(before));
}

// The listener connects through this relay, so that a test can make the database refuse it
// while the app's own connections still work.
let relay: Awaited<ReturnType<typeof databaseRelay>>;
let refused = false;

/** Registers the relay's set-up and clean-up around a test file's tests: call once, at its top. */
export function setUpPageCacheHarness(): void {
  beforeAll(async () => {
    relay = await databaseRelay(process.env.DATABASE_URL!);
    process.env.DATABASE_DIRECT_URL = relay.url;
  });
  afterAll(async () => {
    delete process.env.DATABASE_DIRECT_URL;
    if (!refused) await relay.refuse();
  });
  afterEach(async () => {
    if (refused) await acceptListener();
  });
}

/** The listener can't connect (its database refuses) while the app's database answers. */
export async function refuseListener() {
  await relay.refuse();
  refused = true;
}

/** Its database takes the listener's connections again. */
export async function acceptListener() {
  await relay.accept();
  refused = false;
}

export async function listenerPids(): Promise<number[]> {
  const rows = await db.$queryRaw<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE application_name = ${LISTENER_APPLICATION_NAME}`;
  return rows.map((row) => row.pid);
}

/** Ends the listener's connection from the server's side, as a restart or a network cut would; resolves once it is gone. */
export async function cutListener(): Promise<number[]> {
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
export async function listeningAgain(old: number[]) {
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
export async function freshExpiries() {
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
export async function statementsDuring<T>(work: () => Promise<T>): Promise<{ result: T; statements: number; socketWrites: number }> {
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

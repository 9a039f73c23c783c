// @ts-check
// Next.js's page cache (`cacheHandler` in next.config.js), written for the pages every reader
// of an audience shares (signed-out readers, or signed-in members): the home page, the films
// index, film pages and review pages, which the proxy serves from /shared/<audience>/… (see
// lib/page-cache/shared-routes.ts).
//
// - Entries live in this process's memory (an LRU bounded in bytes): a copy any instance can
//   rebuild, never state another instance needs.
// - Whether an entry is still true lives in PostgreSQL: triggers append a row to
//   "PageCacheExpiry" whenever what a page shows changes (see the 20261122060000 migration), and
//   announce it to every instance, which keeps the tags' expiry times in memory
//   (page-expiry-listener.mjs). A hit compares the entry's tags with those times: no query. A
//   comment posted through one instance is on every instance's page views as soon as the
//   notification arrives (milliseconds), and no write path can forget to expire.
// - While that copy can't be trusted (the listening connection is down or reconnecting) but
//   PostgreSQL answers, each hit checks for a newer row with one indexed query instead.
// - While PostgreSQL doesn't answer, entries are served as they are, unchecked; a check that
//   fails, or takes more than a second, serves the entry too. The proxy asks hasCachedPage()
//   whether a page can still be served then (lib/database/outage-gate.ts).
//
// Plain JavaScript because Next.js imports this file at run time, untranspiled.
import pg from "pg";
import { databaseIsUnreachable, reportDatabaseAnswered, reportDatabaseFailure } from "../database/health.mjs";
import { databasePoolConfig, databasePoolSettings } from "../database/pool-settings.mjs";
import { withRenderedPolicy } from "../http/content-security-policy.mjs";
import { lastExpiry, pageExpiryListenerInSync, startPageExpiryListener } from "./page-expiry-listener.mjs";
import { sharedRenderIdOfPath, takeRenderNotes } from "./render-starts.mjs";

/** Bytes of rendered pages (HTML + RSC payload) one instance keeps: PAGE_CACHE_MB, 64 MB by default. */
const MAX_BYTES = (Number(process.env.PAGE_CACHE_MB) || 64) * 1024 * 1024;

/**
 * An entry is valid from when its render started (render-starts.mjs): a change announced after
 * that may be missing from it, one announced before can't be. Less this margin, for what the
 * times can't see: a change's time is when its transaction began (its "expiredAt"), a little
 * before it commits, and the fallback query compares PostgreSQL's clock with this process's.
 */
const START_MARGIN_MS = 250;

/**
 * For a render whose start isn't known: one that finishes within this long after a change may
 * have read the data from before it, so it counts as stale too.
 */
const RENDER_GRACE_MS = 5_000;

/**
 * Entries older than this are never trusted, so expiry rows older than this can't matter: the
 * hourly "prune-old-rows" job deletes them (PAGE_CACHE_EXPIRY_RETENTION_MS in
 * lib/jobs/prune-old-rows.ts, which must not be shorter).
 */
const EXPIRY_RETENTION_MS = 24 * 60 * 60 * 1000;

/** A freshness check that hasn't answered within this long serves the entry as it is. */
const CHECK_WAIT_MS = 1_000;

/**
 * What a cached page shows, as the tags the triggers write, from its route path
 * ("/shared/<audience>/review/<id>/<query>"). Null for anything that isn't a shared page. Its
 * render adds what the path can't tell, such as the review cards it lists (render-starts.mjs).
 * @param {string} path
 * @returns {string[] | null}
 */
export function sharedPageTags(path) {
  const segments = path.split("/").slice(1);
  if (segments[0] !== "shared") return null;
  const [, , kind, key] = segments;
  if (kind === "film" && key) return ["all", `film:${decodeURIComponent(key)}`];
  if (kind === "review" && key) return ["all", `review:${decodeURIComponent(key)}`];
  return ["all", "lists"]; // home, films
}

/**
 * The page path inside Next.js's storage key ("/route-cache/APP_PAGE/<hash>/$/shared/…").
 * @param {string} key
 */
function routePath(key) {
  const marker = key.indexOf("/$/");
  return marker === -1 ? key : key.slice(marker + 2);
}

/**
 * validFrom: changes after this time may be missing from the entry (ms, this process's clock).
 * @typedef {{ value: any; lastModified: number; validFrom: number; cacheControl?: unknown; tags: string[] | null; bytes: number }} Entry
 */

/**
 * @typedef {object} CacheState
 * @property {Map<string, Entry>} entries insertion order = least recently used first
 * @property {Map<string, number>} pathCounts route path → how many entries hold it
 * @property {number} bytes
 * @property {pg.Pool | null} pool
 */

/**
 * Shared by every handler instance in this process (Next.js creates one per request), and on
 * globalThis so that the proxy, bundled apart, can ask hasCachedPage().
 */
const STATE = Symbol.for("marquee.sharedPageCache");
const holder = /** @type {{ [STATE]?: CacheState }} */ (globalThis);
/** @type {CacheState} */
const state = (holder[STATE] ??= { entries: new Map(), pathCounts: new Map(), bytes: 0, pool: null });

/**
 * Whether this process's cache holds a page for this route path ("/shared/guest/review/<id>/-"):
 * what can still be served while the database doesn't answer.
 * @param {string} path
 */
export function hasCachedPage(path) {
  return (state.pathCounts.get(path) ?? 0) > 0;
}

/** @param {string} path @param {number} change */
function countPath(path, change) {
  const count = (state.pathCounts.get(path) ?? 0) + change;
  if (count > 0) state.pathCounts.set(path, count);
  else state.pathCounts.delete(path);
}

/** @param {any} value */
function sizeOf(value) {
  if (!value) return 64;
  if (value.kind === "APP_PAGE") {
    let bytes = (value.html?.length ?? 0) + (value.rscData?.length ?? 0) + (value.postponed?.length ?? 0);
    if (value.segmentData) for (const [segment, buffer] of value.segmentData) bytes += segment.length + buffer.length;
    return bytes;
  }
  if (value.kind === "APP_ROUTE") return value.body?.length ?? 0;
  return JSON.stringify(value).length;
}

/** @param {string} key */
function evict(key) {
  const entry = state.entries.get(key);
  if (!entry) return;
  state.entries.delete(key);
  state.bytes -= entry.bytes;
  countPath(routePath(key), -1);
}

function database() {
  if (!state.pool) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set; the shared page cache needs it");
    // A small pool of its own (PAGE_CACHE_POOL_SIZE), used only while the expiry listener is
    // out of sync: one short query per cache hit then, never queued behind the renders. Its
    // time limits are the app's (lib/database/pool-settings.mjs).
    const settings = databasePoolSettings();
    state.pool = new pg.Pool({ ...databasePoolConfig(connectionString, settings.pageCachePoolSize, settings), idleTimeoutMillis: 30_000 });
    // An idle client dropped by the server is replaced on next use; a server that went away is news.
    state.pool.on("error", (error) => reportDatabaseFailure(error));
  }
  return state.pool;
}

/**
 * Whether any of `tags` expired after `since`, from the listener's copy
 * when it is in sync (no query); else asked of the database, null when it couldn't say within
 * CHECK_WAIT_MS (a failure is reported to lib/database/health.mjs).
 * @param {string[]} tags
 * @param {number} since
 * @returns {Promise<boolean | null>}
 */
async function expiredSince(tags, since) {
  if (pageExpiryListenerInSync()) return lastExpiry(tags) > since;
  const check = database()
    .query('SELECT EXISTS (SELECT 1 FROM "PageCacheExpiry" WHERE "tag" = ANY($1::text[]) AND "expiredAt" > $2) AS "expired"', [
      tags,
      new Date(since),
    ])
    .then(
      ({ rows }) => {
        reportDatabaseAnswered();
        return rows[0]?.expired === true;
      },
      (error) => {
        if (!reportDatabaseFailure(error)) console.warn("Shared page cache: the freshness check failed; serving the page as it is:", error.message);
        return null;
      },
    );
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const slow = new Promise((resolve) => (timer = setTimeout(resolve, CHECK_WAIT_MS, null)));
  return /** @type {Promise<boolean | null>} */ (Promise.race([check, slow])).finally(() => clearTimeout(timer));
}

export default class SharedPageCache {
  /** @param {unknown} _options */
  constructor(_options) {}

  /**
   * @param {string} key
   * @returns {Promise<{ value: any; lastModified: number; cacheControl?: unknown } | null>}
   */
  async get(key) {
    startPageExpiryListener();
    const entry = state.entries.get(key);
    if (!entry) return null;
    // While the database doesn't answer, what is cached is the best there is.
    if (entry.tags && !databaseIsUnreachable()) {
      const tooOld = Date.now() - entry.lastModified > EXPIRY_RETENTION_MS;
      if (tooOld || (await expiredSince(entry.tags, entry.validFrom)) === true) {
        evict(key);
        return null;
      }
    }
    // Most recently used goes to the end.
    state.entries.delete(key);
    state.entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  /**
   * @param {string} key
   * @param {any} value
   * @param {{ cacheControl?: unknown }} [context]
   */
  async set(key, value, context) {
    // Whether kept or not, the page is sent with the script policy its HTML's nonce needs.
    withRenderedPolicy(value);
    startPageExpiryListener();
    const path = routePath(key);
    const pathTags = sharedPageTags(path);
    // Whatever it made, this render is over: its notes (start, the cards it shows) are taken back.
    const render = pathTags ? takeRenderNotes(sharedRenderIdOfPath(path)) : null;
    const tags = pathTags && render ? [...pathTags, ...render.tags] : null;
    const status = value?.kind === "APP_PAGE" ? (value.status ?? 200) : 200;
    // A render sent elsewhere (as one that fails for want of the database is:
    // lib/database/render-failure.ts) leaves the page that was cached in place.
    if (status >= 300 && status < 400) return;
    evict(key);
    // Errors and not-found pages are rendered afresh each time rather than remembered.
    if (!value || status >= 400) return;
    const bytes = key.length + sizeOf(value) + (tags?.reduce((sum, tag) => sum + tag.length, 0) ?? 0);
    if (bytes > MAX_BYTES / 4) return;
    const now = Date.now();
    const start = render?.start ?? null;
    const validFrom = start === null ? now - RENDER_GRACE_MS : start - START_MARGIN_MS;
    state.entries.set(key, { value, lastModified: now, validFrom, cacheControl: context?.cacheControl, tags, bytes });
    state.bytes += bytes;
    countPath(path, 1);
    for (const oldest of state.entries.keys()) {
      if (state.bytes <= MAX_BYTES) break;
      evict(oldest);
    }
  }

  /**
   * Next.js's revalidateTag/revalidatePath land here; the app expires pages through the
   * database instead, so only this process's entries need dropping.
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    const wanted = new Set(Array.isArray(tags) ? tags : [tags]);
    for (const [key, entry] of state.entries) {
      if (entry.tags?.some((tag) => wanted.has(tag))) evict(key);
    }
  }

  resetRequestCache() {}
}

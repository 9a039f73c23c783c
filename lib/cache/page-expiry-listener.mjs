// @ts-check
// This instance's copy of when each page tag last expired, for the page cache
// (shared-page-cache.mjs) to check a hit without asking PostgreSQL.
//
// Every row appended to "PageCacheExpiry" is announced on the channel below (the 20261206170000
// migration). One connection per instance LISTENs to it, on DATABASE_DIRECT_URL when set (LISTEN
// needs a session of its own, which PgBouncer in transaction mode doesn't keep), else on
// DATABASE_URL. Notifications sent while that connection is down are lost, so each time it
// (re)connects it LISTENs first and then reads the expiry times from the table; only then is the
// copy trusted ("in sync"). Until then, and whenever the connection drops, the page cache checks
// each hit with a query, as it did before this copy existed.
//
// Times are kept on this process's clock: a notification counts from when it arrives (less the
// age the row says it had), and the table's times are read as ages from the database's clock,
// so an instance whose clock differs from the database's still compares like with like.
import pg from "pg";
import { databasePoolSettings } from "../database/pool-settings.mjs";

const CHANNEL = "marquee_page_expiry";

/** Named, so that the connection can be told apart in pg_stat_activity (and ended there by tests). */
export const LISTENER_APPLICATION_NAME = "marquee page expiry listener";

/** Waits between attempts to reconnect, the last one repeated. */
const RECONNECT_DELAYS_MS = [100, 500, 1_000, 2_000, 5_000];

/** Forget tags whose last expiry is older than the oldest entry the page cache trusts (its EXPIRY_RETENTION_MS). */
const RETENTION_MS = 24 * 60 * 60 * 1000;
/** ...checked once this many notifications have arrived since the last sweep. */
const SWEEP_EVERY = 10_000;

/**
 * @typedef {object} ListenerState
 * @property {Map<string, number>} expiredAt tag → when it last expired (ms, this process's clock)
 * @property {boolean} started
 * @property {boolean} inSync listening, and the table read since the connection opened
 * @property {pg.Client | null} client
 * @property {number} failures attempts that failed since the last one that worked
 * @property {number} sinceSweep notifications since expiredAt was last swept
 * @property {boolean} lossLogged
 */

const STATE = Symbol.for("marquee.pageExpiryListener");
const holder = /** @type {{ [STATE]?: ListenerState }} */ (globalThis);
/** @type {ListenerState} */
const state = (holder[STATE] ??= {
  expiredAt: new Map(),
  started: false,
  inSync: false,
  client: null,
  failures: 0,
  sinceSweep: 0,
  lossLogged: false,
});

/** @param {string} tag @param {number} at */
function note(tag, at) {
  if ((state.expiredAt.get(tag) ?? -Infinity) < at) state.expiredAt.set(tag, at);
}

function sweep() {
  const horizon = Date.now() - RETENTION_MS;
  for (const [tag, at] of state.expiredAt) if (at < horizon) state.expiredAt.delete(tag);
  state.sinceSweep = 0;
}

/** @param {string | undefined} payload */
function receive(payload) {
  const arrived = Date.now();
  try {
    const { tag, ageMs } = JSON.parse(payload ?? "");
    if (typeof tag === "string") note(tag, arrived - (Number(ageMs) || 0));
  } catch {
    console.warn("Page cache: ignored a page expiry notification it could not read:", payload);
  }
  if (++state.sinceSweep >= SWEEP_EVERY) sweep();
}

/**
 * @param {pg.Client} client
 * @param {unknown} [error]
 */
function lost(client, error) {
  if (state.client !== client) return; // already replaced
  state.client = null;
  state.inSync = false;
  client.end().catch(() => undefined);
  if (!state.lossLogged) {
    const reason = error instanceof Error ? error.message : "the connection closed";
    console.warn(`Page cache: not listening for page expiries (${reason}); each cache hit is checked with a query until it listens again.`);
    state.lossLogged = true;
  }
  const delay = RECONNECT_DELAYS_MS[Math.min(state.failures, RECONNECT_DELAYS_MS.length - 1)];
  state.failures += 1;
  setTimeout(connect, delay).unref();
}

async function connect() {
  const connectionString = process.env.DATABASE_DIRECT_URL || process.env.DATABASE_URL;
  if (!connectionString) {
    state.started = false; // tried again on the page cache's next use
    return;
  }
  const settings = databasePoolSettings();
  const client = new pg.Client({
    connectionString,
    application_name: LISTENER_APPLICATION_NAME,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    query_timeout: settings.queryTimeoutMs,
    // A connection cut off without a goodbye is noticed by TCP keepalive, not by silence (it
    // sends nothing). Until then the copy may miss expiries; the pages' five-minute background
    // refresh bounds how stale that leaves them.
    keepAlive: true,
    keepAliveInitialDelayMillis: 30_000,
  });
  state.client = client;
  client.on("notification", (message) => {
    if (state.client === client && message.channel === CHANNEL) receive(message.payload);
  });
  client.on("error", (error) => lost(client, error));
  client.on("end", () => lost(client));
  try {
    await client.connect();
    // Rebuilt from the table, which is the truth: cleared before LISTEN (so that nothing announced
    // after it is lost), read after it (so that an expiry is in the read or announced after it).
    state.expiredAt = new Map();
    state.sinceSweep = 0;
    await client.query(`LISTEN ${CHANNEL}`);
    const { rows } = await client.query(
      `SELECT "tag", EXTRACT(EPOCH FROM clock_timestamp() - max("expiredAt")) * 1000 AS "ageMs"
       FROM "PageCacheExpiry" WHERE "expiredAt" > clock_timestamp() - make_interval(secs => $1) GROUP BY "tag"`,
      [RETENTION_MS / 1000],
    );
    const now = Date.now();
    for (const row of rows) note(row.tag, now - Number(row.ageMs));
    if (state.client !== client) return;
    state.inSync = true;
    state.failures = 0;
    if (state.lossLogged) console.info("Page cache: listening for page expiries again; cache hits need no query.");
    state.lossLogged = false;
  } catch (error) {
    lost(client, error);
  }
}

/** Starts listening, once per process; the page cache calls it on every use. */
export function startPageExpiryListener() {
  // `next build` renders pages through the cache too; an open connection would keep it running.
  if (state.started || process.env.NEXT_PHASE === "phase-production-build") return;
  state.started = true;
  void connect();
}

/** Whether the copy is complete: listening, and the table read since the connection opened. */
export function pageExpiryListenerInSync() {
  return state.inSync;
}

/**
 * When the most recent of these tags expired (this process's clock), or -Infinity. Only
 * meaningful while pageExpiryListenerInSync().
 * @param {readonly string[]} tags
 */
export function lastExpiry(tags) {
  let latest = -Infinity;
  for (const tag of tags) latest = Math.max(latest, state.expiredAt.get(tag) ?? -Infinity);
  return latest;
}

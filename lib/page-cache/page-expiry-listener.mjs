// @ts-check
// This instance's copy of when each page tag last expired, for the page cache
// (shared-page-cache.mjs) to check a hit without asking PostgreSQL.
//
// Every row appended to "PageCacheExpiry" is announced on the channel below (the 20261206170000
// migration). postgres.js's `listen` keeps one connection per instance listening to it, on
// DATABASE_DIRECT_URL when set (LISTEN needs a session of its own, which PgBouncer in transaction
// mode doesn't keep), else on DATABASE_URL, and reconnects it itself, with backoff. Notifications
// sent while it is down are lost, so every time it listens again (`onlisten`) the expiry times are
// read from the table; only then is the copy trusted ("in sync"). From the moment its socket
// closes until then, the page cache checks each hit with a query, as it did before this copy.
//
// Times are kept on this process's clock: a notification counts from when it arrives (less the
// age the row says it had), and the table's times are read as ages from the database's clock,
// so an instance whose clock differs from the database's still compares like with like.
import net from "node:net";
import postgres from "postgres";
import { databasePoolSettings } from "../database/pool-settings.mjs";

const CHANNEL = "marquee_page_expiry";

/** Named, so that the connection can be told apart in pg_stat_activity (and ended there by tests). */
export const LISTENER_APPLICATION_NAME = "marquee page expiry listener";

/** Forget tags whose last expiry is older than the oldest entry the page cache trusts (its EXPIRY_RETENTION_MS). */
const RETENTION_MS = 24 * 60 * 60 * 1000;
/** ...checked once this many notifications have arrived since the last sweep. */
const SWEEP_EVERY = 10_000;
/** A failed read of the table, on a connection still listening, is tried again after this long. */
const RELOAD_RETRY_MS = 1_000;

/**
 * expiredAt: tag → when it last expired (ms, this process's clock). inSync: listening, and the
 * table read since. losses: how often the listening socket closed, to tell a stale read.
 * @typedef {{ expiredAt: Map<string, number>; started: boolean; inSync: boolean; losses: number; sinceSweep: number; lossLogged: boolean }} ListenerState
 */
const STATE = Symbol.for("marquee.pageExpiryListener");
const holder = /** @type {{ [STATE]?: ListenerState }} */ (globalThis);
/** @type {ListenerState} */
const state = (holder[STATE] ??= { expiredAt: new Map(), started: false, inSync: false, losses: 0, sinceSweep: 0, lossLogged: false });

/** @param {string} tag @param {number} at */
function note(tag, at) {
  if ((state.expiredAt.get(tag) ?? -Infinity) < at) state.expiredAt.set(tag, at);
}

/** @param {string} payload */
function receive(payload) {
  const arrived = Date.now();
  try {
    const { tag, ageMs } = JSON.parse(payload);
    if (typeof tag === "string") note(tag, arrived - (Number(ageMs) || 0));
  } catch {
    console.warn("Page cache: ignored a page expiry notification it could not read:", payload);
  }
  if (++state.sinceSweep < SWEEP_EVERY) return;
  const horizon = arrived - RETENTION_MS;
  for (const [tag, at] of state.expiredAt) if (at < horizon) state.expiredAt.delete(tag);
  state.sinceSweep = 0;
}

/** @param {unknown} [error] */
function lost(error) {
  state.losses += 1;
  state.inSync = false;
  if (state.lossLogged) return;
  state.lossLogged = true;
  const reason = error instanceof Error ? error.message : "the connection closed";
  console.warn(`Page cache: not listening for page expiries (${reason}); each cache hit is checked with a query until it listens again.`);
}

/**
 * Listening (again): the copy is rebuilt from the table, which is the truth. Whatever expired
 * is in this read or announced after it (LISTEN came first; a notification is sent at commit).
 * @param {postgres.Sql} sql
 */
async function reload(sql) {
  const losses = state.losses;
  state.expiredAt = new Map();
  state.sinceSweep = 0;
  try {
    const rows = await sql`
      SELECT "tag", EXTRACT(EPOCH FROM clock_timestamp() - max("expiredAt")) * 1000 AS "ageMs"
      FROM "PageCacheExpiry" WHERE "expiredAt" > clock_timestamp() - make_interval(secs => ${RETENTION_MS / 1000}::float8)
      GROUP BY "tag"`;
    const now = Date.now();
    for (const row of rows) note(row.tag, now - Number(row.ageMs));
  } catch (error) {
    // Still out of sync (hits are checked with a query); read again soon, unless a reconnect will.
    console.warn("Page cache: could not read the page expiries after listening:", error instanceof Error ? error.message : error);
    if (losses === state.losses) setTimeout(() => losses === state.losses && void reload(sql), RELOAD_RETRY_MS).unref();
    return;
  }
  if (losses !== state.losses) return; // the connection dropped during the read
  state.inSync = true;
  if (state.lossLogged) console.info("Page cache: listening for page expiries again; cache hits need no query.");
  state.lossLogged = false;
}

/** Starts listening, once per process; the page cache calls it on every use. Never throws. */
export function startPageExpiryListener() {
  // `next build` renders pages through the cache too; an open connection would keep it running.
  if (state.started || process.env.NEXT_PHASE === "phase-production-build") return;
  const url = process.env.DATABASE_DIRECT_URL || process.env.DATABASE_URL;
  if (!url) return; // tried again on the page cache's next use
  state.started = true;
  try {
    const settings = databasePoolSettings();
    const options = {
      connect_timeout: Math.ceil(settings.connectTimeoutMs / 1000),
      // A connection cut off without a goodbye is noticed by TCP keepalive, not by silence (it
      // sends nothing). Until then the copy may miss expiries; the pages' five-minute background
      // refresh bounds how stale that leaves them.
      keep_alive: 30,
      onnotice: () => undefined,
    };
    // The URL is read by postgres.js, as libpq would (sslmode=require encrypts without checking
    // the certificate; parameters it doesn't know are sent to the server as settings).
    // Reads the table after each LISTEN, on a connection closed once idle.
    const reader = postgres(url, { ...options, max: 1, idle_timeout: 5, connection: { application_name: `${LISTENER_APPLICATION_NAME} (reload)` } });
    // Only listens: `listen` opens a connection of its own with these options (and no idle
    // timeout or maximum lifetime, whatever is set here).
    const sql = postgres(url, {
      ...options,
      max: 1,
      connection: { application_name: LISTENER_APPLICATION_NAME },
      // postgres.js tells no one but itself that `listen`'s connection closed (its `onclose` is
      // its own), so the socket is opened here to hear it: the copy is out of sync from then on.
      socket: ({ host: [host], port: [port], path }) => {
        const socket = path ? net.connect(path) : net.connect(port, host);
        socket.once("close", () => lost());
        return socket;
      },
    });
    // Rejects if the first LISTEN fails; postgres.js keeps trying all the same.
    sql.listen(CHANNEL, receive, () => void reload(reader)).catch((/** @type {unknown} */ error) => lost(error));
  } catch (error) {
    console.warn("Page cache: can't listen for page expiries; each cache hit is checked with a query:", error);
  }
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

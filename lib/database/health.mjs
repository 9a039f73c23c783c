// @ts-check
// Whether PostgreSQL answers, as this process last saw it. Everything in the process that talks
// to the database reports here: the app's pool (lib/db.ts) and the page cache's. The proxy reads
// it to answer 503 while the database is unreachable, serving only pages already cached
// (lib/database/outage-gate.ts), and route handlers read it to do the same.
//
// The state lives on globalThis: the proxy, the app and the page cache handler are loaded as
// separate bundles, each with its own copy of this module, in one Node.js process.
// Plain JavaScript, because the page cache handler is loaded by Next.js untranspiled.
import pg from "pg";
import { databasePoolSettings } from "./pool-settings.mjs";

/** Sent as Retry-After with every 503; also how long a page whose render just failed answers 503 without trying again. */
export const RETRY_AFTER_SECONDS = 5;

/** While the database is unreachable, it is probed at most this often... */
const PROBE_INTERVAL_MS = 1_000;
/** ...and a request waits this long for a probe under way (one that finds it back takes a few ms) before it is answered 503. */
const PROBE_WAIT_MS = 300;
/** A probe that neither connects nor answers within this long counts as failed. */
const PROBE_TIMEOUT_MS = 2_000;
/** Pages remembered as failing, at most (the oldest are forgotten first). */
const MAX_FAILING_PAGES = 1_000;
/** Outages that start within this long of the last one reported are counted, not logged one by one. */
const QUIET_LOG_MS = 30_000;

/**
 * @typedef {object} HealthState
 * @property {number | null} unreachableSince when it stopped answering, or null while it answers
 * @property {number} lastProbe when the last probe started
 * @property {Promise<void> | null} probe the probe under way
 * @property {Map<string, number>} failingPages page key → until when it answers 503 without a render
 * @property {number} lastLogged when an outage was last logged
 * @property {number} unlogged outages since then, not logged (brief ones, under load)
 * @property {boolean} logged whether the current outage was logged
 */

const STATE = Symbol.for("marquee.databaseHealth");
const holder = /** @type {{ [STATE]?: HealthState }} */ (globalThis);
/** @type {HealthState} */
const state = (holder[STATE] ??= {
  unreachableSince: null,
  lastProbe: 0,
  probe: null,
  failingPages: new Map(),
  lastLogged: -Infinity,
  unlogged: 0,
  logged: false,
});

// --- Which failures say what --------------------------------------------------------------

/** Socket errors: nothing answers at that address, or the connection broke. */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EPIPE", "EAI_AGAIN"]);
/** SQLSTATEs of a server shutting down, crashed, or still starting (class 08 is handled apart). */
const SERVER_GONE_CODES = new Set(["57P01", "57P02", "57P03"]);
/**
 * SQLSTATEs of a server that answers but can't serve this statement now: a statement or lock
 * timeout, no connection slot left, a session ended for idling inside its transaction.
 */
const BUSY_CODES = new Set(["57014", "55P03", "53300", "53400", "25P03"]);
/** Prisma's own codes: can't reach the server / it closed the connection; and timeouts waiting for it. */
const PRISMA_UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1017"]);
const PRISMA_BUSY_CODES = new Set(["P1008", "P2024", "P2028"]);
/** The kinds @prisma/adapter-pg gives the socket errors it recognises. */
const ADAPTER_UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
const ADAPTER_BUSY_KINDS = new Set(["TooManyConnections"]);
/** pg's own errors carry no code: a broken or timed-out connection, or a server that went silent. */
const UNREACHABLE_MESSAGE = /Connection terminated|Query read timeout|not queryable|Can't reach database server/i;
/** pg-pool's, when no connection came free (or none could be opened) in time. */
const BUSY_MESSAGE = /timeout exceeded when trying to connect/i;

/**
 * @param {Record<string, unknown>} error
 * @returns {"unreachable" | "busy" | null}
 */
function ownKind(error) {
  for (const code of [error.code, error.originalCode]) {
    if (typeof code !== "string") continue;
    if (SOCKET_CODES.has(code) || SERVER_GONE_CODES.has(code) || PRISMA_UNREACHABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return "unreachable";
    if (BUSY_CODES.has(code) || PRISMA_BUSY_CODES.has(code)) return "busy";
  }
  if (typeof error.kind === "string") {
    if (ADAPTER_UNREACHABLE_KINDS.has(error.kind)) return "unreachable";
    if (ADAPTER_BUSY_KINDS.has(error.kind)) return "busy";
  }
  if (typeof error.message === "string") {
    if (UNREACHABLE_MESSAGE.test(error.message)) return "unreachable";
    if (BUSY_MESSAGE.test(error.message)) return "busy";
  }
  return null;
}

/**
 * Whether `error` means the database can't serve requests right now, and how:
 * - "unreachable": it doesn't answer (down, restarting, frozen, cut off): the whole process
 *   answers 503 until it does again;
 * - "busy": it answers but couldn't serve this query in time (a statement or lock timeout, no
 *   free connection): this request answers 503;
 * - null: any other error (a bug, a constraint), not this module's business.
 * Looks through the wrappers Prisma and its adapter put around the driver's error.
 * @param {unknown} error
 * @returns {"unreachable" | "busy" | null}
 */
export function databaseFailureKind(error) {
  /** @type {unknown[]} */
  const pending = [error];
  const seen = new Set();
  let busy = false;
  while (pending.length > 0 && seen.size < 20) {
    const next = pending.shift();
    if (typeof next !== "object" || next === null || seen.has(next)) continue;
    seen.add(next);
    const candidate = /** @type {Record<string, unknown>} */ (next);
    const kind = ownKind(candidate);
    if (kind === "unreachable") return kind;
    if (kind === "busy") busy = true;
    const meta = /** @type {Record<string, unknown> | undefined} */ (candidate.meta);
    // Error.cause; Prisma's adapter error; Auth.js's wrapper ({ cause: { err } }).
    pending.push(candidate.cause, meta?.driverAdapterError, candidate.err);
    if (Array.isArray(candidate.errors)) pending.push(...candidate.errors);
  }
  return busy ? "busy" : null;
}

// --- The process's view -----------------------------------------------------------------

/**
 * A one-line reason for the log: Prisma's messages name the call first and the cause last.
 * @param {unknown} error
 */
function describe(error) {
  const lines = (error instanceof Error ? error.message : String(error)).split("\n").map((line) => line.trim()).filter(Boolean);
  return lines.at(-1) ?? "no message";
}

/** @param {string} reason */
function markUnreachable(reason) {
  if (state.unreachableSince !== null) return;
  const now = Date.now();
  state.unreachableSince = now;
  state.logged = now - state.lastLogged >= QUIET_LOG_MS;
  if (!state.logged) {
    state.unlogged += 1;
    return;
  }
  const earlier = state.unlogged ? ` (and ${state.unlogged} brief outage${state.unlogged === 1 ? "" : "s"} since the last one logged)` : "";
  console.error(`PostgreSQL is unreachable: ${reason}${earlier}. Until it answers again, cached pages are served as they are and everything else answers 503.`);
  state.lastLogged = now;
  state.unlogged = 0;
}

function markAnswering() {
  if (state.unreachableSince === null) return;
  const seconds = ((Date.now() - state.unreachableSince) / 1000).toFixed(1);
  state.unreachableSince = null;
  state.failingPages.clear();
  if (state.logged) console.info(`PostgreSQL answers again, after ${seconds} s.`);
}

/**
 * Reports a failed query or connection; returns what it says (see databaseFailureKind).
 * @param {unknown} error
 */
export function reportDatabaseFailure(error) {
  const kind = databaseFailureKind(error);
  if (kind === "unreachable") markUnreachable(describe(error));
  return kind;
}

/** Reports that the database answered a query. */
export function reportDatabaseAnswered() {
  markAnswering();
}

/** Whether this process has seen the database stop answering, and not answer since. */
export function databaseIsUnreachable() {
  return state.unreachableSince !== null;
}

/** @param {unknown} error */
function answeredByServer(error) {
  const code = /** @type {{ code?: unknown }} */ (error)?.code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) && databaseFailureKind(error) !== "unreachable";
}

/** Connects afresh (the pools may be stuck behind a frozen server) and asks for one row. */
async function probe() {
  state.lastProbe = Date.now();
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) return;
  const timeout = Math.min(databasePoolSettings().connectTimeoutMs, PROBE_TIMEOUT_MS);
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: timeout, query_timeout: timeout });
  client.on("error", () => undefined); // the outcome is read from connect() and query()
  try {
    await client.connect();
    await client.query("SELECT 1");
    markAnswering();
  } catch (error) {
    // A server that refuses with an error of its own (no connection slot left, say) is up.
    if (answeredByServer(error)) markAnswering();
  } finally {
    // Not awaited: a frozen server never acknowledges the goodbye.
    client.end().catch(() => undefined);
  }
}

/**
 * Whether the database answers, as far as this process knows, for the proxy and route handlers
 * to ask before they send a request its way. Free while it answers. While it is unreachable, it
 * is probed at most once a second, and the caller waits a little for the probe, so that the
 * first request after the database is back goes through.
 * @returns {Promise<boolean>}
 */
export async function databaseAnswers() {
  if (state.unreachableSince === null) return true;
  if (!state.probe && Date.now() - state.lastProbe >= PROBE_INTERVAL_MS) {
    state.probe = probe().finally(() => {
      state.probe = null;
    });
  }
  if (state.probe) {
    let timer;
    await Promise.race([state.probe, new Promise((resolve) => (timer = setTimeout(resolve, PROBE_WAIT_MS)))]);
    clearTimeout(timer);
  }
  return state.unreachableSince === null;
}

// --- Pages whose render just failed ------------------------------------------------------

/**
 * Remembers that rendering this page just failed for want of the database, so that its next
 * request is answered 503 (the render can't set that status itself) for RETRY_AFTER_SECONDS.
 * @param {string} key the page's path and query, as pageRetryKey makes it
 */
export function markPageFailing(key) {
  const now = Date.now();
  for (const [page, until] of state.failingPages) {
    if (until <= now || state.failingPages.size >= MAX_FAILING_PAGES) state.failingPages.delete(page);
    else break;
  }
  state.failingPages.delete(key);
  state.failingPages.set(key, now + RETRY_AFTER_SECONDS * 1000);
}

/**
 * Whether this page's render failed for want of the database in the last few seconds.
 * @param {string} key
 */
export function pageIsFailing(key) {
  const until = state.failingPages.get(key);
  if (until === undefined) return false;
  if (until > Date.now()) return true;
  state.failingPages.delete(key);
  return false;
}

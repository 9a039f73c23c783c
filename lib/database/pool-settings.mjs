// @ts-check
// How every PostgreSQL pool of the app connects: its size and its time limits, read from the
// environment. A database that is down, frozen or out of connections must cost a request a
// bounded wait, never a hang. Plain JavaScript: the page cache handler, which Next.js loads
// untranspiled, opens a pool with these settings too.

/** A client gives up on a query this long after the server should have cancelled it itself. */
const CLIENT_GRACE_MS = 2_000;

/**
 * @param {Record<string, string | undefined>} env
 * @param {string} name
 * @param {number} fallback
 * @param {number} minimum
 */
function wholeNumber(env, name, fallback, minimum) {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < minimum) {
    throw new Error(`${name} must be a whole number, ${minimum} or more; it is "${raw}".`);
  }
  return value;
}

/**
 * The settings, with their defaults (.env.example and the README explain each).
 * @param {Record<string, string | undefined>} [env]
 */
export function databasePoolSettings(env = process.env) {
  const statementTimeoutMs = wholeNumber(env, "DATABASE_STATEMENT_TIMEOUT_MS", 10_000, 0);
  return {
    /** Connections the app's pool may open, per instance. */
    poolSize: wholeNumber(env, "DATABASE_POOL_SIZE", 10, 1),
    /** Connections the page cache's own pool may open, per instance (one short query per cache hit). */
    pageCachePoolSize: wholeNumber(env, "PAGE_CACHE_POOL_SIZE", 4, 1),
    /** How long a query waits for a connection: to open one, or for a busy pool to free one. */
    connectTimeoutMs: wholeNumber(env, "DATABASE_CONNECT_TIMEOUT_MS", 5_000, 1),
    /** PostgreSQL cancels a statement that runs longer (0: leave it to the server's own setting). */
    statementTimeoutMs,
    /** PostgreSQL ends a session left idle inside a transaction this long, releasing its locks (0: the server's setting). */
    idleInTransactionTimeoutMs: wholeNumber(env, "DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS", 10_000, 0),
    /**
     * The client's own limit, for a server that no longer answers at all (frozen, or cut off by
     * the network), which can't cancel anything: the statement timeout, or its default when the
     * server keeps it, plus a grace.
     */
    queryTimeoutMs: (statementTimeoutMs || 10_000) + CLIENT_GRACE_MS,
  };
}

/** @typedef {ReturnType<typeof databasePoolSettings>} DatabasePoolSettings */

/**
 * A pg.PoolConfig of `max` connections with the time limits above. The two server-side limits
 * go to PostgreSQL as startup parameters of each connection.
 * @param {string} connectionString
 * @param {number} max
 * @param {DatabasePoolSettings} settings
 * @returns {import("pg").PoolConfig}
 */
export function databasePoolConfig(connectionString, max, settings) {
  return {
    connectionString,
    max,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    statement_timeout: settings.statementTimeoutMs || undefined,
    idle_in_transaction_session_timeout: settings.idleInTransactionTimeoutMs || undefined,
    query_timeout: settings.queryTimeoutMs,
    keepAlive: true,
  };
}

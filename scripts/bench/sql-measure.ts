// The SQL side of a target, one request at a time: statements per request (pg_stat_statements),
// the same on a page with little data, the page's own time, and the SQL floor (one request's
// statements captured from the server log and replayed with plain `pg`).
import pg from "pg";
import type { BenchDatabase } from "./database";
import { sleep } from "./progress";
import { readStatementStats, resetStatementStats, type StatementCount } from "./query-count";
import { captureStatements, replayStatements } from "./sql-floor";
import type { TargetRequests } from "./target-requests";

export interface SqlMeasure {
  queries: StatementCount;
  /** The same target with far less data, when there is one: the count must not change. */
  smallQueries?: { label: string; perRequest: number };
  /** Mean of the captured statements replayed with plain pg, one after another. */
  floorMs?: number;
  floorStatements?: number;
  floorErrors?: string[];
}

const SERIAL_REQUESTS = 8;

async function serialMean(requests: TargetRequests, origin: string, count: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < count; i++) await requests.sendOne(origin);
  return Math.round(((performance.now() - started) / count) * 10) / 10;
}

/**
 * One request at a time, on `origin`: the mean time, the statements per request (and on the
 * small counterpart, if any), and the SQL floor. Null SQL where the server can't be traced.
 */
export async function measureSql(
  database: BenchDatabase,
  origin: string,
  requests: TargetRequests,
  small: { label: string; requests: TargetRequests } | null,
): Promise<{ sql: SqlMeasure | null; serialMs: number }> {
  if (!database.countsQueries) return { sql: null, serialMs: await serialMean(requests, origin, SERIAL_REQUESTS) };

  const stats = new pg.Client({ connectionString: database.url });
  await stats.connect();
  try {
    await resetStatementStats(stats);
    const serialMs = await serialMean(requests, origin, SERIAL_REQUESTS);
    const sql: SqlMeasure = { queries: await readStatementStats(stats, database.name, SERIAL_REQUESTS) };
    if (small) {
      await small.requests.sendOne(origin); // warm
      await sleep(200);
      await resetStatementStats(stats);
      for (let i = 0; i < 4; i++) await small.requests.sendOne(origin);
      sql.smallQueries = { label: small.label, perRequest: (await readStatementStats(stats, database.name, 4)).perRequest };
    }
    if (database.serverLog) {
      const admin = new pg.Client({ connectionString: database.adminUrl });
      await admin.connect();
      try {
        const warm = async () => {
          for (let i = 0; i < 3; i++) await requests.sendOne(origin);
        };
        const captured = await captureStatements(admin, database.serverLog, database.name, () => requests.sendOne(origin), warm);
        const replay = await replayStatements(database.url, captured);
        Object.assign(sql, { floorMs: replay.meanMs, floorStatements: captured.length, floorErrors: replay.errors });
      } finally {
        await admin.end();
      }
    }
    return { sql, serialMs };
  } finally {
    await stats.end();
  }
}

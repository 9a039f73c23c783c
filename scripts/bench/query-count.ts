// SQL statements per request, from pg_stat_statements: reset, make a few requests one after
// another, read the calls recorded for the bench database. Sequential requests make the count
// exact (a load run ends with requests cut off mid-flight, whose queries would still count).
import type pg from "pg";
import { sleep } from "./progress";

export interface StatementCount {
  /** Statements per request, BEGIN/COMMIT included. */
  perRequest: number;
  /** The statements, normalised by PostgreSQL, with calls per request. */
  statements: { query: string; callsPerRequest: number }[];
}

// The bench's own statements (reset and read) mention the view; everything else is the app's.
const OWN = "%pg_stat_statements%";

export async function resetStatementStats(client: pg.Client): Promise<void> {
  await client.query("SELECT pg_stat_statements_reset()");
}

export async function readStatementStats(client: pg.Client, database: string, requests: number): Promise<StatementCount> {
  // Statistics are written when a statement ends; the last response can leave before that.
  await sleep(300);
  const { rows } = await client.query<{ query: string; calls: string }>(
    `SELECT query, calls FROM pg_stat_statements
     WHERE dbid = (SELECT oid FROM pg_database WHERE datname = $1) AND query NOT ILIKE $2
     ORDER BY calls DESC, query`,
    [database, OWN],
  );
  const statements = rows.map((row) => ({ query: row.query.replace(/\s+/g, " ").slice(0, 300), callsPerRequest: Number(row.calls) / requests }));
  const total = statements.reduce((sum, statement) => sum + statement.callsPerRequest, 0);
  return { perRequest: Math.round(total * 100) / 100, statements };
}

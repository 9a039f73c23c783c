// The bench's own database: a fresh `marquee_bench_<ts>` on the server in DATABASE_URL /
// TEST_DATABASE_URL, or a throwaway embedded PostgreSQL. The embedded server is configured to
// trace SQL: pg_stat_statements (queries per request), and a log this process reads, which can
// be switched to log every statement with its parameters (to replay a request with plain `pg`).
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { parseDatabaseUrl } from "@/lib/database-url";
import { startEmbeddedPostgres } from "@/scripts/db/embedded-postgres";
import { postmasterPid } from "./cpu-time";
import type { Log } from "./progress";
import { LOG_LINE_PREFIX, ServerLog } from "./server-log";

export interface BenchDatabase {
  name: string;
  /** The bench database, for the app and the data generator. */
  url: string;
  /** The server's maintenance database, for settings and for reading statistics. */
  adminUrl: string;
  /** pg_stat_statements works on this server: queries per request can be counted. */
  countsQueries: boolean;
  /** The server's log as it is written, to capture statements with their parameters. */
  serverLog: ServerLog | null;
  /** Where the data lives, for the report. */
  description: string;
  /** The server's process (to measure its CPU time), when it runs on this machine. */
  serverPid(): number | null;
  dispose(keep: boolean): Promise<void>;
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * SQL tracing: pg_stat_statements (a shared library, so it must be loaded at start), and log
 * lines that say which database and backend each statement came from.
 */
const TRACING_FLAGS = [
  "-c", "shared_preload_libraries=pg_stat_statements",
  "-c", `log_line_prefix=${LOG_LINE_PREFIX}`,
  "-c", "log_timezone=UTC",
];

async function createDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE template0`));
}

/** pg_stat_statements in the bench database, when the server preloads it. */
async function enableStatementStats(url: string): Promise<boolean> {
  return withClient(url, async (client) => {
    try {
      await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
      await client.query("SELECT count(*) FROM pg_stat_statements");
      return true;
    } catch {
      return false;
    }
  });
}

export async function createBenchDatabase(log: Log): Promise<BenchDatabase> {
  const name = `marquee_bench_${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}`;
  const configured = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;

  if (configured) {
    const serverUrl = parseDatabaseUrl(configured);
    log(`Creating database ${name} on the server in ${process.env.DATABASE_URL ? "DATABASE_URL" : "TEST_DATABASE_URL"}`);
    await createDatabase(serverUrl, name);
    const url = databaseUrl(serverUrl, name);
    const countsQueries = await enableStatementStats(url);
    if (!countsQueries) log("pg_stat_statements is not loaded on that server: SQL columns will read n/a");
    return {
      name,
      url,
      adminUrl: serverUrl,
      countsQueries,
      serverLog: null,
      description: `${name} on ${new URL(serverUrl).host}`,
      serverPid: () => null,
      async dispose(keep) {
        if (keep) return log(`Kept database ${name}`);
        await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`));
      },
    };
  }

  // As root, PostgreSQL runs as `postgres`, which must be able to traverse the parent folder.
  const parent = mkdtempSync(path.join(os.tmpdir(), "marquee-bench-pg-"));
  chmodSync(parent, 0o755);
  const dataDir = path.join(parent, "data");
  log(`Starting a throwaway embedded PostgreSQL in ${dataDir}`);
  const serverLog = new ServerLog();
  const server = await startEmbeddedPostgres({ dataDir, persistent: true, postgresFlags: TRACING_FLAGS, onLog: serverLog.write });
  await createDatabase(server.urlFor("postgres"), name);
  const url = server.urlFor(name);
  const countsQueries = await enableStatementStats(url);
  return {
    name,
    url,
    adminUrl: server.urlFor("postgres"),
    countsQueries,
    serverLog,
    description: `embedded PostgreSQL 18 (${dataDir})`,
    serverPid: () => postmasterPid(dataDir),
    async dispose(keep) {
      await server.stop();
      if (keep) return log(`Kept the data folder ${dataDir} (start it with embedded-postgres' bin/pg_ctl, or delete it)`);
      rmSync(parent, { recursive: true, force: true });
    },
  };
}

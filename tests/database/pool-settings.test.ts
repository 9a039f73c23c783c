// Every pool's size and time limits come from the environment, with bounded defaults, and the
// app's client really runs with them: a slow statement, a wait for a connection, and a server
// that says nothing each end in bounded time, with an error that says the database couldn't
// serve the request (so the request answers 503, not 500).
import { afterEach, describe, expect, it, vi } from "vitest";
import { databaseFailureKind } from "@/lib/database/health.mjs";
import { databasePoolConfig, databasePoolSettings } from "@/lib/database/pool-settings.mjs";
import { createPrismaClient, db, type Db } from "@/lib/db";
import { silentDatabase } from "../helpers/unreachable-database";

/** The test database's URL with an application_name, to find its connections in pg_stat_activity. */
function namedUrl(name: string): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.searchParams.set("application_name", name);
  return url.toString();
}

async function connectionsNamed(name: string): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM pg_stat_activity WHERE application_name = ${name}`;
  return row?.count ?? 0;
}

/** The error `work` rejects with (failing the test if it resolves). */
async function rejectionOf(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => expect.fail("expected the query to fail"),
    (error: unknown) => error,
  );
}

const clients: Db[] = [];
function client(url: string, options?: { poolSize?: number }): Db {
  const created = createPrismaClient(url, options);
  clients.push(created);
  return created;
}

afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all(clients.splice(0).map((created) => created.$disconnect()));
});

describe("database pool settings", () => {
  it("bound every wait by default", () => {
    expect(databasePoolSettings({})).toEqual({
      poolSize: 10,
      pageCachePoolSize: 4,
      connectTimeoutMs: 5_000,
      statementTimeoutMs: 10_000,
      idleInTransactionTimeoutMs: 10_000,
      queryTimeoutMs: 12_000,
    });
  });

  it("reads each one from the environment", () => {
    const settings = databasePoolSettings({
      DATABASE_POOL_SIZE: "6",
      PAGE_CACHE_POOL_SIZE: "2",
      DATABASE_CONNECT_TIMEOUT_MS: "1500",
      DATABASE_STATEMENT_TIMEOUT_MS: " 3000 ",
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: "4000",
    });
    expect(settings).toEqual({ poolSize: 6, pageCachePoolSize: 2, connectTimeoutMs: 1_500, statementTimeoutMs: 3_000, idleInTransactionTimeoutMs: 4_000, queryTimeoutMs: 5_000 });
    expect(databasePoolConfig("postgresql://h/db", 6, settings)).toMatchObject({
      max: 6,
      connectionTimeoutMillis: 1_500,
      statement_timeout: 3_000,
      idle_in_transaction_session_timeout: 4_000,
      query_timeout: 5_000,
    });
  });

  it("leaves the server-side limits to the server when set to 0, and keeps the client's own", () => {
    const settings = databasePoolSettings({ DATABASE_STATEMENT_TIMEOUT_MS: "0", DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: "0" });
    const config = databasePoolConfig("postgresql://h/db", 10, settings);
    expect(config.statement_timeout).toBeUndefined();
    expect(config.idle_in_transaction_session_timeout).toBeUndefined();
    expect(config.query_timeout).toBe(12_000);
  });

  it("refuses a value that isn't a whole number in range, naming the variable", () => {
    expect(() => databasePoolSettings({ DATABASE_POOL_SIZE: "0" })).toThrow('DATABASE_POOL_SIZE must be a whole number, 1 or more; it is "0".');
    expect(() => databasePoolSettings({ PAGE_CACHE_POOL_SIZE: "two" })).toThrow(/PAGE_CACHE_POOL_SIZE must be a whole number/);
    expect(() => databasePoolSettings({ DATABASE_CONNECT_TIMEOUT_MS: "1.5" })).toThrow(/DATABASE_CONNECT_TIMEOUT_MS/);
    expect(() => databasePoolSettings({ DATABASE_STATEMENT_TIMEOUT_MS: "-1" })).toThrow(/DATABASE_STATEMENT_TIMEOUT_MS must be a whole number, 0 or more/);
  });
});

describe("the app's database client", () => {
  it("runs every session with the statement and idle-in-transaction timeouts", async () => {
    vi.stubEnv("DATABASE_STATEMENT_TIMEOUT_MS", "4321");
    vi.stubEnv("DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS", "6543");
    const limited = client(process.env.DATABASE_URL!);
    const [row] = await limited.$queryRaw<{ statement: string; idle: string }[]>`
      SELECT current_setting('statement_timeout') AS statement, current_setting('idle_in_transaction_session_timeout') AS idle`;
    expect(row).toEqual({ statement: "4321ms", idle: "6543ms" });
  });

  it("opens at most DATABASE_POOL_SIZE connections, and queues the queries beyond them", async () => {
    vi.stubEnv("DATABASE_POOL_SIZE", "2");
    const name = `pool-size-${Date.now()}`;
    const small = client(namedUrl(name));
    let done = false;
    const sleeps = Promise.all(Array.from({ length: 5 }, () => small.$executeRaw`SELECT pg_sleep(0.5)`)).finally(() => (done = true));
    const seen: number[] = [];
    while (!done) {
      seen.push(await connectionsNamed(name));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await sleeps; // every queued query ran in the end
    expect(Math.max(...seen)).toBe(2);
  });

  it("gives up waiting for a free connection after DATABASE_CONNECT_TIMEOUT_MS, with a 'busy' error", async () => {
    vi.stubEnv("DATABASE_CONNECT_TIMEOUT_MS", "200");
    const single = client(process.env.DATABASE_URL!, { poolSize: 1 });
    let holderDone = false;
    const holder = single.$executeRaw`SELECT pg_sleep(3)`.finally(() => (holderDone = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const error = await rejectionOf(single.film.findFirst());
    // It gave up while the connection was still taken, rather than waiting its turn.
    expect(holderDone).toBe(false);
    expect(databaseFailureKind(error)).toBe("busy");
    await holder;
  });

  it("has PostgreSQL cancel a statement that runs past the statement timeout, with a 'busy' error", async () => {
    vi.stubEnv("DATABASE_STATEMENT_TIMEOUT_MS", "300");
    const limited = client(process.env.DATABASE_URL!);
    const error = await rejectionOf(limited.$executeRaw`SELECT pg_sleep(5)`);
    expect(databaseFailureKind(error)).toBe("busy");
    expect(String(error)).toContain("57014");
  });

  it("gives up on a server that accepts the connection and then says nothing, with an 'unreachable' error", async () => {
    vi.stubEnv("DATABASE_CONNECT_TIMEOUT_MS", "300");
    const silent = await silentDatabase();
    try {
      const error = await rejectionOf(client(silent.url).film.findFirst());
      expect(databaseFailureKind(error)).toBe("unreachable");
    } finally {
      await silent.close();
    }
  });
});

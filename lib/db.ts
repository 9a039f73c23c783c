import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { parseDatabaseUrl } from "@/lib/database-url";
import { reportDatabaseFailure } from "@/lib/database/health.mjs";
import { databasePoolConfig, databasePoolSettings } from "@/lib/database/pool-settings.mjs";
import { withOutageHandling } from "@/lib/database/render-failure";

export type Db = PrismaClient;

/**
 * A client with its own pool of DATABASE_POOL_SIZE connections (or `poolSize`), and the time
 * limits of lib/database/pool-settings.mjs: a query waits a bounded time for a connection, and
 * neither a slow statement nor a silent server holds a request for ever.
 */
export function createPrismaClient(connectionString: string, options: { poolSize?: number } = {}): PrismaClient {
  const settings = databasePoolSettings();
  const pool = databasePoolConfig(parseDatabaseUrl(connectionString), options.poolSize ?? settings.poolSize, settings);
  // An idle connection the server closed (it is shutting down, or crashed) tells of an outage
  // before any request runs into it.
  const adapter = new PrismaPg(pool, { onPoolError: (error) => reportDatabaseFailure(error) });
  // An interactive transaction waits for its connection as long as any query would.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: settings.connectTimeoutMs } });
}

const globalForDb = globalThis as unknown as { marqueeDb?: PrismaClient };

function sharedClient(): PrismaClient {
  if (globalForDb.marqueeDb) return globalForDb.marqueeDb;
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide one.");
  }
  const client = createPrismaClient(url);
  // One client per process: survives dev hot reloads, and is shared by every request.
  globalForDb.marqueeDb = client;
  return client;
}

/** This bundle's view of the shared client (see withOutageHandling): one per client, made once. */
const withOutageHandlingOf = new WeakMap<PrismaClient, PrismaClient>();

function getDb(): PrismaClient {
  const shared = sharedClient();
  let client = withOutageHandlingOf.get(shared);
  if (!client) {
    client = withOutageHandling(shared);
    withOutageHandlingOf.set(shared, client);
  }
  return client;
}

/**
 * The app's Prisma client, created on first use rather than at import time, so that
 * `next build` can load modules without a database and tests can point DATABASE_URL at
 * their own database before the first query.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client) as unknown;
    return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
});

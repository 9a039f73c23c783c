import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { parseDatabaseUrl } from "@/lib/database-url";

export type Db = PrismaClient;

export function createPrismaClient(connectionString: string): PrismaClient {
  const adapter = new PrismaPg({ connectionString: parseDatabaseUrl(connectionString) });
  return new PrismaClient({ adapter });
}

const globalForDb = globalThis as unknown as { marqueeDb?: PrismaClient };

function getDb(): PrismaClient {
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

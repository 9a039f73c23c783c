// Runs in each test file's worker before the file itself is imported: gives the file its own
// copy of the migrated template, and points DATABASE_URL (and so `db` from @/lib/db) at it.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { afterAll, expect, inject } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createDatabase, databaseUrl, dropDatabase } from "../helpers/postgres-admin";

const globalForDb = globalThis as unknown as { marqueeDb?: PrismaClient };

/** lib/db caches its client on globalThis; never let one file reuse another file's client. */
async function forgetCachedClient(): Promise<void> {
  const cached = globalForDb.marqueeDb;
  delete globalForDb.marqueeDb;
  await cached?.$disconnect();
}

/** e.g. "db_seed" for tests/db/seed.test.ts: makes a database traceable to its file. */
function fileTag(): string {
  const testPath = expect.getState().testPath ?? "unknown";
  const relative = path.relative(path.resolve(import.meta.dirname, ".."), testPath);
  return relative.replace(/\.test\.ts$/, "").replace(/[^a-zA-Z0-9]+/g, "_").toLowerCase().slice(-20);
}

const serverUrl = inject("testServerUrl");
const name = `${inject("testDatabasePrefix")}${fileTag()}_${randomBytes(3).toString("hex")}`;

await forgetCachedClient();
await createDatabase(serverUrl, name, inject("templateDatabase"));
process.env.DATABASE_URL = databaseUrl(serverUrl, name);

afterAll(async () => {
  await forgetCachedClient();
  await dropDatabase(serverUrl, name);
});

// Extra databases for tests that need more than their file's own migrated copy, e.g. the
// migration tests, which start from an EMPTY database. Call from tests, not at import time.
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import * as admin from "./postgres-admin";

export interface TestDatabase {
  name: string;
  url: string;
}

/** A new database with no tables at all. Drop it with `dropDatabase` when done. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const serverUrl = inject("testServerUrl");
  // The run's prefix, so teardown sweeps it up even if a test forgets to drop it.
  const name = `${inject("testDatabasePrefix")}empty_${randomBytes(4).toString("hex")}`;
  await admin.createDatabase(serverUrl, name);
  return { name, url: admin.databaseUrl(serverUrl, name) };
}

export async function dropDatabase(database: TestDatabase): Promise<void> {
  await admin.dropDatabase(inject("testServerUrl"), database.name);
}

/** The name of the database the current test file's DATABASE_URL points at. */
export function currentDatabaseName(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: is tests/setup/per-file-database.ts in setupFiles?");
  return new URL(url).pathname.slice(1);
}

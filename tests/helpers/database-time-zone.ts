// Runs this test file's database in a time zone other than UTC, as some servers are set up, so
// tests can show that dates and rate-limit windows don't depend on it.
import pg from "pg";
import { expect } from "vitest";
import { db } from "@/lib/db";

/** Sets the file's database to `timeZone`; connections the app opens from then on use it. */
export async function runDatabaseIn(timeZone: string): Promise<void> {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET timezone TO %L', current_database(), '${timeZone.replace(/'/g, "")}'); END $$`);
  await admin.end();
  const [setting] = await db.$queryRaw<{ timeZone: string }[]>`SELECT current_setting('TimeZone') AS "timeZone"`;
  expect(setting?.timeZone).toBe(timeZone);
}

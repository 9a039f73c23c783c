// The project's own migration applier (Prisma's schema engine can't run here): it must build the
// schema from nothing, record exactly what Prisma Migrate would, and refuse to run edited history.
import { createHash } from "node:crypto";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { applyMigrations, ChangedMigrationError, MIGRATIONS_DIR } from "@/scripts/db/migrate";
import { createEmptyDatabase, dropDatabase, type TestDatabase } from "../helpers/test-databases";

interface MigrationRow {
  id: string;
  migration_name: string;
  checksum: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/** The folders Prisma Migrate would see, and the sha256 of each migration.sql, computed here. */
function expectedMigrations(dir = MIGRATIONS_DIR): { name: string; checksum: string }[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      checksum: createHash("sha256").update(readFileSync(path.join(dir, name, "migration.sql"))).digest("hex"),
    }));
}

/** Every model in schema.prisma is a table. */
function modelNames(): string[] {
  const schema = readFileSync(path.resolve(MIGRATIONS_DIR, "../schema.prisma"), "utf8");
  return [...schema.matchAll(/^model (\w+) \{/gm)].map((match) => match[1]!).sort();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const migrationRows = (url: string) =>
  query<MigrationRow>(
    url,
    `SELECT id, migration_name, checksum, started_at, finished_at, rolled_back_at
     FROM "_prisma_migrations" ORDER BY migration_name, id`,
  );

async function tableNames(url: string): Promise<string[]> {
  const rows = await query<{ table_name: string }>(
    url,
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

// Each test gets its own empty database and, where it needs one, its own copy of the migrations.
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function emptyDatabase(): Promise<TestDatabase> {
  const database = await createEmptyDatabase();
  cleanups.push(() => dropDatabase(database));
  return database;
}

function copyOfMigrations(): string {
  const parent = mkdtempSync(path.join(os.tmpdir(), "marquee-migrations-"));
  cleanups.push(() => rmSync(parent, { recursive: true, force: true }));
  const dir = path.join(parent, "migrations");
  cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

function addMigration(dir: string, name: string, sql: string): void {
  mkdirSync(path.join(dir, name));
  writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

describe("applyMigrations", () => {
  it("builds the whole schema on an empty database and records each migration as Prisma does", async () => {
    const { url } = await emptyDatabase();
    expect(await tableNames(url)).toEqual([]);

    const expected = expectedMigrations();
    const result = await applyMigrations(url);

    expect(result.applied).toEqual(expected.map((migration) => migration.name));
    expect(result.alreadyApplied).toBe(0);
    expect(await tableNames(url)).toEqual([...modelNames(), "_prisma_migrations"].sort());

    const rows = await migrationRows(url);
    expect(rows.map(({ migration_name, checksum }) => ({ name: migration_name, checksum }))).toEqual(expected);
    for (const row of rows) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("changes nothing when run again", async () => {
    const { url } = await emptyDatabase();
    await applyMigrations(url);
    const before = await migrationRows(url);

    const again = await applyMigrations(url);

    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBe(expectedMigrations().length);
    expect(await migrationRows(url)).toEqual(before);
  });

  it("lets two appliers migrate the same fresh database at once, applying each migration once", async () => {
    const { url } = await emptyDatabase();

    const [first, second] = await Promise.all([applyMigrations(url), applyMigrations(url)]);

    const names = expectedMigrations().map((migration) => migration.name);
    // One of them did the work, the other found it done (the advisory lock serialised them).
    expect([...first.applied, ...second.applied].sort()).toEqual(names);
    expect(first.alreadyApplied + second.alreadyApplied).toBe(names.length);
    expect((await migrationRows(url)).map((row) => row.migration_name)).toEqual(names);
  });

  it("refuses to run when an applied migration.sql was edited, before applying anything new", async () => {
    const { url } = await emptyDatabase();
    const dir = copyOfMigrations();
    await applyMigrations(url, dir);
    const before = await migrationRows(url);
    const tablesBefore = await tableNames(url);

    const edited = expectedMigrations(dir)[0]!.name;
    appendFileSync(path.join(dir, edited, "migration.sql"), '\nALTER TABLE "Film" ADD COLUMN "sneaky" TEXT;\n');
    addMigration(dir, "29990101000000_pending", 'CREATE TABLE "PendingTable" (id INT);');

    const attempt = applyMigrations(url, dir);
    await expect(attempt).rejects.toBeInstanceOf(ChangedMigrationError);
    await expect(attempt).rejects.toThrow(edited);

    expect(await migrationRows(url)).toEqual(before);
    expect(await tableNames(url)).toEqual(tablesBefore);
  });

  it("rolls a failing migration back entirely and does not record it", async () => {
    const { url } = await emptyDatabase();
    const dir = copyOfMigrations();
    const broken = "29990101000000_broken";
    addMigration(
      dir,
      broken,
      'CREATE TABLE "HalfDone" (id INT);\nINSERT INTO "Film" (id, slug, title, "updatedAt") VALUES (\'f\', \'f\', \'F\', now());\nSELECT * FROM "NoSuchTable";\n',
    );

    await expect(applyMigrations(url, dir)).rejects.toThrow(new RegExp(`${broken} failed and was rolled back`));

    // The migrations before it are applied and recorded; nothing of the broken one remains.
    const rows = await migrationRows(url);
    expect(rows.map((row) => row.migration_name)).toEqual(expectedMigrations().map((migration) => migration.name));
    expect(await tableNames(url)).not.toContain("HalfDone");
    expect(await query(url, `SELECT id FROM "Film"`)).toEqual([]);

    // Once fixed, it applies on the next run.
    writeFileSync(path.join(dir, broken, "migration.sql"), 'CREATE TABLE "HalfDone" (id INT);\n');
    expect((await applyMigrations(url, dir)).applied).toEqual([broken]);
    expect(await tableNames(url)).toContain("HalfDone");
  });
});

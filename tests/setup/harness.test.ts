// The harness's own promise: every test file gets a fresh migrated database of its own.
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db";
import { currentDatabaseName } from "../helpers/test-databases";
import { databaseUrl } from "../helpers/postgres-admin";

const MARKER = `harness-marker-${process.pid}-${Date.now()}`;

describe("per-file test database", () => {
  it("points DATABASE_URL at a database made for this file only", async () => {
    const name = currentDatabaseName();
    expect(name.startsWith(inject("testDatabasePrefix"))).toBe(true);
    expect(name).toContain("setup_harness"); // tagged with this file's path
    expect(name).not.toBe(inject("templateDatabase"));

    const [row] = await db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
    expect(row?.name).toBe(name);
  });

  it("starts migrated and empty, whatever other files write to theirs", async () => {
    const [row] = await db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    expect(row?.count).toBeGreaterThan(0);
    // The seed test imports a film and the constraints test creates several: none show up here.
    expect(await db.film.count()).toBe(0);
    expect(await db.user.count()).toBe(0);
  });

  it("keeps what this file writes out of the template that other files copy", async () => {
    await db.setting.create({ data: { key: MARKER, value: true } });
    expect(await db.setting.count({ where: { key: MARKER } })).toBe(1);

    const template = new pg.Client({ connectionString: databaseUrl(inject("testServerUrl"), inject("templateDatabase")) });
    await template.connect();
    try {
      const { rowCount } = await template.query(`SELECT 1 FROM "Setting" WHERE key = $1`, [MARKER]);
      expect(rowCount).toBe(0);
    } finally {
      // A session left open on the template would block other files' CREATE DATABASE ... TEMPLATE.
      await template.end();
    }
  });
});

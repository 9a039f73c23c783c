// Two `npm run dev`s on one data folder would corrupt it; the second must fail clearly instead.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { AlreadyRunningError, startEmbeddedPostgres, type EmbeddedServer } from "@/scripts/db/embedded-postgres";

const parent = mkdtempSync(path.join(os.tmpdir(), "marquee-embedded-test-"));
chmodSync(parent, 0o755); // as root, PostgreSQL runs as `postgres` and must reach the data dir
const dataDir = path.join(parent, "data");
const running: EmbeddedServer[] = [];

afterAll(async () => {
  for (const server of running) await server.stop().catch(() => undefined);
  rmSync(parent, { recursive: true, force: true });
});

async function selectOne(server: EmbeddedServer): Promise<number> {
  const client = new pg.Client({ connectionString: server.urlFor("postgres") });
  await client.connect();
  try {
    const { rows } = await client.query<{ one: number }>("SELECT 1 AS one");
    return rows[0]!.one;
  } finally {
    await client.end();
  }
}

describe("startEmbeddedPostgres on a persistent data folder", () => {
  it("refuses to start a second server on a folder in use, and leaves the first one working", async () => {
    const first = await startEmbeddedPostgres({ dataDir, persistent: true, fast: true });
    running.push(first);
    expect(await selectOne(first)).toBe(1);

    const second = startEmbeddedPostgres({ dataDir, persistent: true, fast: true });
    await expect(second).rejects.toBeInstanceOf(AlreadyRunningError);
    await expect(second).rejects.toThrow(`Another Marquee database is already running from ${dataDir}`);
    await expect(second).rejects.toThrow(`port ${first.port}`);

    expect(await selectOne(first)).toBe(1);
  });

  it("starts again on the same folder once the first server has stopped", async () => {
    await running.shift()?.stop();
    const again = await startEmbeddedPostgres({ dataDir, persistent: true, fast: true });
    running.push(again);
    expect(await selectOne(again)).toBe(1);
  });
});

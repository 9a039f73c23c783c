// Runs once per `vitest run`, in the main process: picks the PostgreSQL server, builds one
// migrated template database on it, and tells the workers where both are.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { parseDatabaseUrl } from "@/lib/database-url";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/scripts/db/embedded-postgres";
import { applyMigrations } from "@/scripts/db/migrate";
import { createDatabase, databaseUrl, dropDatabase, listDatabases } from "../helpers/postgres-admin";

declare module "vitest" {
  export interface ProvidedContext {
    /** A URL of the test server, for creating and dropping databases. */
    testServerUrl: string;
    /** The migrated, unseeded database every test file's database is copied from. */
    templateDatabase: string;
    /** Prefix of every database this run creates, so teardown can sweep up leftovers. */
    testDatabasePrefix: string;
  }
}

async function startThrowawayServer(): Promise<{ server: EmbeddedServer; cleanup: () => Promise<void> }> {
  // As root, PostgreSQL runs as the `postgres` user, so the folder above the data dir must be
  // traversable by it (embedded-postgres creates and chowns the data dir itself).
  const parent = mkdtempSync(path.join(os.tmpdir(), "marquee-test-pg-"));
  chmodSync(parent, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(parent, "data"), persistent: false, fast: true });
  return {
    server,
    cleanup: async () => {
      await server.stop(); // persistent: false also deletes the data dir
      rmSync(parent, { recursive: true, force: true });
    },
  };
}

/** TEST_DATABASE_URL, else DATABASE_URL: a server the developer chose, used as is. */
function configuredServer(): { url: string; variable: string } | undefined {
  for (const variable of ["TEST_DATABASE_URL", "DATABASE_URL"]) {
    const url = process.env[variable];
    if (url) return { url, variable };
  }
  return undefined;
}

/** Says which variable pointed at a server that does not work, and how to do without it. */
function explainServerFailure(variable: string, url: string, error: unknown): Error {
  const shown = new URL(url);
  if (shown.password) shown.password = "***";
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(
    `The tests could not use the PostgreSQL server in ${variable} (${shown.toString()}): ${reason}. ` +
      `Unset TEST_DATABASE_URL and DATABASE_URL to run them on a throwaway embedded PostgreSQL instead.`,
    { cause: error },
  );
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configured = configuredServer();
  if (configured) {
    try {
      parseDatabaseUrl(configured.url);
    } catch (error) {
      // parseDatabaseUrl names DATABASE_URL; say which variable actually holds the bad URL.
      throw new Error((error as Error).message.replace(/^DATABASE_URL/, configured.variable), { cause: error });
    }
  }
  const embedded = configured ? undefined : await startThrowawayServer();
  const serverUrl = configured ? configured.url : embedded!.server.urlFor("postgres");

  const runId = `${process.pid}_${Date.now().toString(36)}`;
  const prefix = `marquee_test_${runId}_`;
  const template = `marquee_tpl_${runId}`;

  try {
    await createDatabase(serverUrl, template);
  } catch (error) {
    await embedded?.cleanup();
    throw configured ? explainServerFailure(configured.variable, configured.url, error) : error;
  }
  try {
    // applyMigrations closes its connection, so the template has no session left to block copies.
    await applyMigrations(databaseUrl(serverUrl, template));
  } catch (error) {
    await dropDatabase(serverUrl, template).catch(() => undefined);
    await embedded?.cleanup();
    throw error;
  }

  project.provide("testServerUrl", serverUrl);
  project.provide("templateDatabase", template);
  project.provide("testDatabasePrefix", prefix);

  return async () => {
    try {
      // Each file drops its own database; this catches those of a worker that crashed.
      for (const leftover of await listDatabases(serverUrl, prefix)) await dropDatabase(serverUrl, leftover);
      await dropDatabase(serverUrl, template);
    } finally {
      await embedded?.cleanup();
    }
  };
}

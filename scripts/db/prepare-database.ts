// Everything a database needs before the app can use it: the embedded server when no
// DATABASE_URL is given, the migrations, and the seed on an empty database.
import { createPrismaClient } from "@/lib/db";
import { parseDatabaseUrl } from "@/lib/database-url";
import { seedDatabase } from "@/prisma/seed";
import { ensureDatabase } from "./ensure-database";
import { embeddedUrl, runningServerPort, startEmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations } from "./migrate";

export type Log = (line: string) => void;

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * DATABASE_URL when set; otherwise the embedded server with its data in `dataDir`.
 * Command-line tools pass `shareRunning` to use the server a running `npm run dev` started;
 * the app itself refuses to start twice on one data folder.
 */
export async function resolveDatabase(dataDir: string, log: Log, options: { shareRunning?: boolean } = {}): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    log("Using the database from DATABASE_URL");
    return { url: parseDatabaseUrl(configured), embedded: false, stop: async () => {} };
  }
  const running = options.shareRunning ? runningServerPort(dataDir) : null;
  if (running) {
    log(`Using the embedded database already running on port ${running.port}`);
    return { url: embeddedUrl(running.port, "marquee"), embedded: false, stop: async () => {} };
  }
  log(`Starting the embedded database (${dataDir})`);
  const server = await startEmbeddedPostgres({ dataDir, persistent: true });
  await ensureDatabase(server.urlFor("postgres"), "marquee");
  return { url: server.urlFor("marquee"), embedded: true, stop: () => server.stop() };
}

/** Applies pending migrations, then seeds the database if it holds no film yet. */
export async function migrateAndSeed(url: string, log: Log): Promise<void> {
  const { applied, alreadyApplied } = await applyMigrations(url);
  log(`Migrations applied (${applied.length} new, ${alreadyApplied} already in place)`);

  const db = createPrismaClient(url);
  try {
    if ((await db.film.count()) > 0) {
      log("Database already seeded");
      return;
    }
    const result = await seedDatabase(db);
    log(`Seeded ${result.films} film and ${result.reviews} reviews`);
  } finally {
    await db.$disconnect();
  }
}

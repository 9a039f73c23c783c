// `npm run db:seed`: imports the seed data into DATABASE_URL, or into the embedded database.
// Idempotent: rows that exist are left as they are.
import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import { seedDatabase } from "@/prisma/seed";
import { applyMigrations } from "./db/migrate";
import { resolveDatabase } from "./db/prepare-database";

const log = (line: string) => console.log(`▸ ${line}`);

const database = await resolveDatabase(path.resolve(".data/postgres"), log, { shareRunning: true });
const db = createPrismaClient(database.url);
try {
  await applyMigrations(database.url);
  const result = await seedDatabase(db);
  log(`${result.films} film, ${result.reviews} reviews, ${result.comments} comment; ${result.created} rows created`);
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
  await database.stop();
}

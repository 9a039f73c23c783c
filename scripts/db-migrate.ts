// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import path from "node:path";
import { applyMigrations } from "./db/migrate";
import { resolveDatabase } from "./db/prepare-database";

const log = (line: string) => console.log(`▸ ${line}`);

const database = await resolveDatabase(path.resolve(".data/postgres"), log, { shareRunning: true });
try {
  const { applied, alreadyApplied } = await applyMigrations(database.url);
  for (const name of applied) log(`applied ${name}`);
  log(`${applied.length} applied, ${alreadyApplied} already in place`);
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.stop();
}

// `npm run dev` and `npm start`: the database (embedded unless DATABASE_URL is set), its
// migrations and seed, then Next.js. Ctrl-C stops Next and then PostgreSQL, cleanly.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { migrateAndSeed, resolveDatabase } from "./db/prepare-database";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("usage: tsx scripts/run-app.ts dev|start");
  process.exit(2);
}

const DATA_DIR = path.resolve(".data");
const log = (line: string) => console.log(`▸ ${line}`);

/** A stable secret for local use, so sessions survive restarts; production sets AUTH_SECRET. */
function localAuthSecret(): string {
  const file = path.join(DATA_DIR, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function main(): Promise<void> {
  const database = await resolveDatabase(path.join(DATA_DIR, "postgres"), log);
  let stopping = false;
  const stopDatabase = async () => {
    if (stopping) return;
    stopping = true;
    if (database.embedded) log("Stopping the embedded database");
    await database.stop();
  };

  try {
    await migrateAndSeed(database.url, log);
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const port = process.env.PORT ?? "3000";
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: process.env.AUTH_SECRET ?? localAuthSecret(),
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  log(`Marquee on http://localhost:${port}`);
  // server.mjs: Next.js behind our own HTTP server, which knows each request's address.
  const next = spawn(process.execPath, ["server.mjs", ...(mode === "dev" ? ["--dev"] : []), "--port", port], { stdio: "inherit", env });

  // Ctrl-C reaches Next directly (same process group); wait for it, then stop PostgreSQL.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (!next.killed) next.kill(signal);
    });
  }
  next.on("exit", async (code) => {
    await stopDatabase();
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

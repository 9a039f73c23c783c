// `npm run test:e2e`: the Playwright tests against a production build of the app, on a fresh
// migrated and seeded database that is thrown away afterwards, so no run sees another's data.
// Extra arguments go to `playwright test` (e.g. `npm run test:e2e -- e2e/smoke.spec.ts`).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { parseDatabaseUrl } from "@/lib/database-url";
import { ensureDatabase } from "./db/ensure-database";

import { findFreePort, startEmbeddedPostgres } from "./db/embedded-postgres";
import { startMailCatcher } from "./e2e/mail-catcher";
import { migrateAndSeed } from "./db/prepare-database";

const log = (line: string) => console.log(`▸ e2e: ${line}`);
process.env.NEXT_TELEMETRY_DISABLED = "1"; // for the build and the server alike
const bin = (name: string) => path.resolve("node_modules", ".bin", name);

/** What to undo, run last-in first-out whatever happens (failure, Ctrl-C, success). */
const teardown: { label: string; run: () => Promise<void> }[] = [];
let interrupted: NodeJS.Signals | undefined;
let foreground: ChildProcess | undefined;

const stopIfInterrupted = () => {
  if (interrupted) throw new Error(`interrupted by ${interrupted}`);
};

/** Runs a command in the foreground (it also receives Ctrl-C) and resolves with its exit code. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    foreground = child;
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      foreground = undefined;
      resolve(code ?? 128 + (signal ? os.constants.signals[signal] : 0));
    });
  });
}

/** A fresh database: on DATABASE_URL's (or TEST_DATABASE_URL's) server, else a throwaway embedded one. */
async function freshDatabase(): Promise<string> {
  const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (serverUrl) {
    parseDatabaseUrl(serverUrl);
    const name = `marquee_e2e_${Date.now()}_${randomBytes(3).toString("hex")}`;
    await ensureDatabase(serverUrl, name);
    teardown.push({ label: `Dropping database ${name}`, run: () => dropDatabase(serverUrl, name) });
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    log(`Created database ${name} on ${url.host}`);
    return url.toString();
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "marquee-e2e-pg-"));
  teardown.push({ label: "Removing the database folder", run: async () => rmSync(dataDir, { recursive: true, force: true }) });
  log("Starting a throwaway embedded PostgreSQL");
  const server = await startEmbeddedPostgres({ dataDir, persistent: false, fast: true });
  teardown.push({
    label: "Stopping PostgreSQL",
    // Ctrl-C reaches PostgreSQL too (same process group), and stop() never returns for a server
    // that has already exited: only stop one that still listens.
    run: async () => {
      if (await acceptsConnections(server.port)) await server.stop();
    },
  });
  await ensureDatabase(server.urlFor("postgres"), "marquee");
  return server.urlFor("marquee");
}

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** A real SMTP server for the app to send to; the specs read what arrives from `folder`. */
async function startMail(folder: string): Promise<string> {
  const catcher = await startMailCatcher(folder);
  teardown.push({ label: "Stopping the mail server", run: catcher.stop });
  log(`Mail goes to ${catcher.url}, saved in ${folder}`);
  return catcher.url;
}

/** The app's production server (server.mjs) on a free port; resolves with its URL once it answers HTTP. */
async function startApp(databaseUrl: string, smtpUrl: string): Promise<string> {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const next = spawn(process.execPath, ["server.mjs", "--port", String(port), "--hostname", "127.0.0.1"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      AUTH_URL: baseUrl,
      AUTH_TRUST_HOST: "true",
      SMTP_URL: smtpUrl,
      MAIL_FROM: "Marquee <no-reply@marquee.test>",
      // Mail within a second, so a spec waiting for a message doesn't wait long.
      BACKGROUND_WORK_INTERVAL_MS: "500",
    },
  });
  const exited = new Promise<number | null>((resolve) => next.on("exit", (code) => resolve(code)));
  teardown.push({
    label: "Stopping Next.js",
    run: async () => {
      if (next.exitCode !== null || next.signalCode !== null) return;
      next.kill("SIGTERM");
      const timer = setTimeout(() => next.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  });

  log(`Starting Next.js on ${baseUrl}`);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    stopIfInterrupted();
    if (next.exitCode !== null) throw new Error(`Next.js exited with code ${next.exitCode} before it answered`);
    try {
      await fetch(baseUrl, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      return baseUrl;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`Next.js did not answer on ${baseUrl} within 60 s`);
}

async function main(): Promise<number> {
  if (process.env.E2E_SKIP_BUILD === "1") {
    if (!existsSync(".next/BUILD_ID")) throw new Error("E2E_SKIP_BUILD=1 but .next holds no build: run `npm run build` first");
    log("Reusing the existing build (E2E_SKIP_BUILD=1)");
  } else {
    log("Building the app (E2E_SKIP_BUILD=1 reuses the last build)");
    const code = await run("npm", ["run", "build"], process.env);
    stopIfInterrupted();
    if (code !== 0) throw new Error(`npm run build failed with code ${code}`);
  }

  const databaseUrl = await freshDatabase();
  stopIfInterrupted();
  await migrateAndSeed(databaseUrl, log);
  stopIfInterrupted();
  const mailDir = mkdtempSync(path.join(os.tmpdir(), "marquee-e2e-mail-"));
  teardown.push({ label: "Removing the mail folder", run: async () => rmSync(mailDir, { recursive: true, force: true }) });
  const baseUrl = await startApp(databaseUrl, await startMail(mailDir));

  log(`Running Playwright against ${baseUrl}`);
  // Specs that need a moderator or a setting prepare them in the test database directly; specs
  // that need a message read it from E2E_MAIL_DIR.
  return run(bin("playwright"), ["test", ...process.argv.slice(2)], { ...process.env, BASE_URL: baseUrl, E2E_DATABASE_URL: databaseUrl, E2E_MAIL_DIR: mailDir });
}

/** Each step gets a time limit: a server that already died (e.g. from Ctrl-C) must not hang us. */
async function runTeardown(): Promise<void> {
  for (let step = teardown.pop(); step; step = teardown.pop()) {
    log(step.label);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("timed out after 15 s")), 15_000);
    });
    await Promise.race([step.run(), timeout])
      .catch((error: unknown) => log(`  (${error instanceof Error ? error.message : String(error)})`))
      .finally(() => clearTimeout(timer));
  }
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    if (interrupted) return; // teardown is already under way
    interrupted = signal;
    log(`${signal}: stopping, then cleaning up`);
    foreground?.kill(signal);
  });
}

let exitCode: number;
try {
  exitCode = await main();
  if (!interrupted) log(exitCode === 0 ? "Browser tests passed" : `Browser tests failed (exit code ${exitCode})`);
} catch (error) {
  exitCode = 1;
  console.error(`✗ e2e: ${error instanceof Error ? error.message : String(error)}`);
}
await runTeardown();
process.exit(interrupted ? 128 + os.constants.signals[interrupted] : exitCode);

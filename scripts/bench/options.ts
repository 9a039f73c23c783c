// The command line of `npm run bench`.

export interface BenchOptions {
  /** App instances started on one database: 1, or 2 to show they share everything. */
  instances: 1 | 2;
  /** Seconds of load per target. */
  durationSeconds: number;
  /** Use the existing `.next` build instead of running `npm run build`. */
  skipBuild: boolean;
  /** Leave the bench database (and the embedded server's data folder) behind for inspection. */
  keep: boolean;
  /** Run only these targets (by name); all when empty. For working on one page. */
  only: string[];
}

export const USAGE = `usage: npm run bench -- [--instances 1|2] [--duration <seconds>] [--skip-build] [--keep] [--only <target,target>]`;

export class UsageError extends Error {}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { instances: 1, durationSeconds: 10, skipBuild: false, keep: false, only: [] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case "--instances": {
        const instances = Number(value());
        if (instances !== 1 && instances !== 2) throw new UsageError("--instances is 1 or 2");
        options.instances = instances;
        break;
      }
      case "--duration": {
        const seconds = Number(value());
        if (!Number.isFinite(seconds) || seconds < 1 || seconds > 300) throw new UsageError("--duration is 1 to 300 seconds");
        options.durationSeconds = seconds;
        break;
      }
      case "--skip-build":
        options.skipBuild = true;
        break;
      case "--keep":
        options.keep = true;
        break;
      case "--only":
        options.only = value().split(",").map((name) => name.trim()).filter(Boolean);
        break;
      default:
        throw new UsageError(`unknown option ${flag}`);
    }
  }
  return options;
}

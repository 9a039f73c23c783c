// CPU time used by a process and its descendants, from /proc (Linux). Wall-clock numbers
// depend on whatever else the machine is doing; CPU milliseconds per request don't, much, so
// they show what a page costs even on a busy machine. Null where /proc is not available.
import { existsSync, readdirSync, readFileSync } from "node:fs";

/** Kernel clock ticks per second (USER_HZ); 100 on every mainstream Linux build. */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  ppid: number;
  /**
   * utime + stime + cutime + cstime, in ticks: the process's own CPU and that of its children
   * that have exited and been reaped, so a PostgreSQL backend or autovacuum worker that ends
   * during a measurement still counts (in its postmaster's total).
   */
  ticks: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may hold spaces: split after the last ")".
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]) };
  } catch {
    return null; // the process has exited
  }
}

/** Milliseconds of CPU used so far by `rootPid` and every process below it, or null. */
export function treeCpuMs(rootPid: number): number | null {
  if (!existsSync(`/proc/${rootPid}/stat`)) return null;
  const stats = new Map<number, ProcStat>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat) stats.set(Number(entry), stat);
  }
  let ticks = 0;
  const pending = [rootPid];
  while (pending.length) {
    const pid = pending.pop()!;
    ticks += stats.get(pid)?.ticks ?? 0;
    for (const [child, stat] of stats) if (stat.ppid === pid) pending.push(child);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** The postmaster's pid, from the first line of postmaster.pid in its data folder. */
export function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(`${dataDir}/postmaster.pid`, "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** CPU milliseconds per completed request during the load run (null: not measurable here). */
export interface CpuPerRequest {
  appMs: number | null;
  databaseMs: number | null;
}

export interface CpuSample {
  app: number | null;
  database: number | null;
}

/** CPU used so far by the app instances (together) and by the database server. */
export function cpuSample(appPids: readonly number[], databasePid: number | null): CpuSample {
  const app = appPids.map(treeCpuMs);
  return { app: app.includes(null) ? null : app.reduce((sum: number, ms) => sum + ms!, 0), database: databasePid ? treeCpuMs(databasePid) : null };
}

export function cpuPerRequest(before: CpuSample, after: CpuSample, requests: number): CpuPerRequest {
  const per = (a: number | null, b: number | null) => (a === null || b === null || requests === 0 ? null : Math.round(((b - a) / requests) * 10) / 10);
  return { appMs: per(before.app, after.app), databaseMs: per(before.database, after.database) };
}

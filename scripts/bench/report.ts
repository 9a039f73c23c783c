// The bench report: a table on the console, and the same as JSON and Markdown under bench/results/.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { judgeGoals, type GoalResult } from "./goals";
import type { TargetResult } from "./measure-target";
import type { InstanceCheck } from "./two-instances";

export interface BenchReport {
  startedAt: string;
  durationSeconds: number;
  environment: { cpus: number; cpuModel: string; node: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[]; database: string; instances: number; connections: number; secondsPerTarget: number };
  results: TargetResult[];
  goals: GoalResult[];
  instanceChecks: InstanceCheck[];
}

const kb = (bytes: number | undefined) => (bytes === undefined ? "–" : (bytes / 1024).toFixed(0));
const fixed = (value: number | undefined, digits = 1) => (value === undefined ? "n/a" : value.toFixed(digits));

/** The req/s the machine's CPUs could serve if they did nothing else: cores × 1000 ÷ CPU ms per request. */
function cpuBound(cpu: TargetResult["cpu"], cpus: number): string {
  if (cpu.appMs === null) return "n/a";
  return String(Math.round((cpus * 1000) / (cpu.appMs + (cpu.databaseMs ?? 0))));
}

function tableRows(results: readonly TargetResult[], cpus: number): string[][] {
  const header = ["Target", "req/s", "p50 ms", "p95 ms", "p99 ms", "non-2xx", "HTML KB", "sent KB", "payload KB", "layer KB", "SQL/req", "page ms", "SQL ms", "page/SQL", "CPU app ms", "CPU db ms", "CPU-bound req/s"];
  const rows = results.map(({ target, load, cpu, serialMs, sql, weight }) => [
    target.label,
    fixed(load.requestsPerSecond),
    fixed(load.latencyMs.p50),
    fixed(load.latencyMs.p95),
    fixed(load.latencyMs.p99),
    String(load.non2xx + load.failed),
    kb(weight?.htmlBytes),
    weight?.sentBytes === undefined ? "–" : `${kb(weight.sentBytes)}${weight.sentEncoding === "identity" ? "" : ` ${weight.sentEncoding}`}`,
    kb(weight?.payloadBytes),
    weight?.layerBytes === undefined ? "–" : (weight.layerBytes / 1024).toFixed(1),
    sql ? String(sql.queries.perRequest) : "n/a",
    fixed(serialMs),
    fixed(sql?.floorMs, 2),
    sql?.floorMs ? `${(serialMs / sql.floorMs).toFixed(1)}×` : "n/a",
    fixed(cpu.appMs ?? undefined),
    fixed(cpu.databaseMs ?? undefined),
    cpuBound(cpu, cpus),
  ]);
  return [header, ...rows];
}

function consoleTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ")).join("\n");
}

function markdownTable(rows: string[][]): string {
  const line = (row: string[]) => `| ${row.join(" | ")} |`;
  return [line(rows[0]!), line(rows[0]!.map((_, i) => (i === 0 ? "---" : "---:"))), ...rows.slice(1).map(line)].join("\n");
}

const NOTES = `- Pages without "(signed in)" are requested without a session cookie and served the page every signed-out reader shares. "(signed in)" rows are a member's page views: the page every member shares, then its viewer layer (\`/api/viewer\`, what is personal), one after the other as a browser fetches them, each view with the next member's session cookie. Their req/s are page views per second, their latencies the two requests' together, and their SQL/req and CPU are per page view.
- req/s and latencies: autocannon at the stated concurrency, all instances behind one list of URLs. non-2xx includes action calls answered 200 with \`ok: false\`.
- Page loads are sent with \`Accept-Encoding: gzip, deflate, br\`, as browsers send it, so Next.js compresses each response (gzip; it has no brotli), and the load's CPU includes that; "(no Accept-Encoding)" rows leave the header out, to show what compressing costs.
- HTML KB: the document uncompressed (it contains the inline RSC payload); sent KB: the document as those page loads receive it, with its Content-Encoding; payload KB: that inline payload alone; layer KB: a member's viewer layer (JSON).
- SQL/req: statements per request from pg_stat_statements (BEGIN/COMMIT included), counted over single requests.
- CPU app/db ms: CPU time the app instances (\`server.mjs\`) and PostgreSQL used per completed request during the load run, from /proc. Unlike req/s and latency it hardly depends on what else the machine is doing; CPU-bound req/s = 1000 × cores ÷ (app + db): what this machine's cores could serve if they ran nothing else (autocannon included), an upper bound.
- page ms: one request at a time (no queueing). SQL ms: the same request's statements, captured from the server log with their parameters and replayed one after another with plain \`pg\` — the floor. page/SQL: how far above that floor the page is.`;

export function buildReport(base: Omit<BenchReport, "goals">): BenchReport {
  return { ...base, goals: judgeGoals(base.results) };
}

export function printReport(report: BenchReport): void {
  console.log(`\n${consoleTable(tableRows(report.results, report.environment.cpus))}\n`);
  for (const goal of report.goals) console.log(`${goal.verdict === "met" ? "✓" : goal.verdict === "missed" ? "✗" : "–"} ${goal.target}: ${goal.goal} — ${goal.measured}`);
  for (const check of report.instanceChecks) console.log(`${check.passed ? "✓" : "✗"} ${check.name} — ${check.detail}`);
}

function markdown(report: BenchReport): string {
  const env = report.environment;
  const sections = [
    `# Marquee benchmark, ${report.startedAt}`,
    `${env.instances} instance(s) of \`server.mjs\`, ${env.connections} connections, ${env.secondsPerTarget} s per target; ${env.cpus} × ${env.cpuModel}; Node ${env.node}; ${env.database}. Load average (1, 5, 15 min) at the start: ${env.loadAverageAtStart.map((n) => n.toFixed(2)).join(", ")}; at the end: ${env.loadAverageAtEnd.map((n) => n.toFixed(2)).join(", ")}.`,
    markdownTable(tableRows(report.results, report.environment.cpus)),
    NOTES,
    "## Goals",
    markdownTable([["Target", "Goal", "Measured", "Verdict"], ...report.goals.map((g) => [g.target, g.goal, g.measured, g.verdict])]),
  ];
  const failures = report.results.filter((r) => r.load.failureSample);
  if (failures.length) {
    sections.push("## Refused responses", failures.map((r) => `- ${r.target.label}: ${r.load.failed} refused; the first said: \`${r.load.failureSample!.replace(/\s+/g, " ").slice(0, 300)}\``).join("\n"));
  }
  if (report.instanceChecks.length) {
    sections.push("## Two instances, one database", report.instanceChecks.map((c) => `- ${c.passed ? "✓" : "✗"} ${c.name}: ${c.detail}`).join("\n"));
  }
  sections.push("## SQL statements per request");
  for (const { target, sql } of report.results) {
    if (!sql) continue;
    const statements = sql.queries.statements.map((s) => `  - ${s.callsPerRequest} × \`${s.query.replace(/`/g, "'").slice(0, 160)}\``).join("\n");
    const errors = sql.floorErrors?.length ? `\n  - replay errors: ${sql.floorErrors.join("; ")}` : "";
    const floor = sql.floorMs === undefined ? "" : `; replayed with pg: ${sql.floorStatements} statements in ${sql.floorMs} ms`;
    sections.push(`- **${target.label}**: ${sql.queries.perRequest} per request${floor}\n${statements}${errors}`);
  }
  return `${sections.join("\n\n")}\n`;
}

/** Writes bench-<time>.json/.md and latest.json/.md; returns the Markdown path. */
export function writeReport(report: BenchReport, directory: string): string {
  mkdirSync(directory, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, "-");
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const md = markdown(report);
  for (const name of [`bench-${stamp}`, "latest"]) {
    writeFileSync(path.join(directory, `${name}.json`), json);
    writeFileSync(path.join(directory, `${name}.md`), md);
  }
  return path.join(directory, `bench-${stamp}.md`);
}

export function environment(
  database: string,
  options: { instances: number; connections: number; secondsPerTarget: number; loadAverageAtStart: number[] },
): BenchReport["environment"] {
  const cpus = os.cpus();
  return { cpus: cpus.length, cpuModel: cpus[0]?.model ?? "unknown", node: process.version, loadAverageAtEnd: os.loadavg(), database, ...options };
}

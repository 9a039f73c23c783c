// One target, end to end: a warm-up, then one request at a time the SQL statements per request,
// the page's own time, the SQL floor and the page's weight; then the load run.
import pg from "pg";
import { cpuPerRequest, cpuSample, type CpuPerRequest } from "./cpu-time";
import type { BenchDatabase } from "./database";
import { waitUntilIdle } from "./idle";
import { runLoad, type LoadResult } from "./load";
import { findDuplicateBodies, fetchPage, fetchSentSize, weighPage, type DuplicateBodies, type PageWeight } from "./payload";
import type { Log } from "./progress";
import type { MemberRotation } from "./sessions";
import { measureSql, type SqlMeasure } from "./sql-measure";
import type { TargetRequests } from "./target-requests";
import { viewerLayerPath, type Target } from "./targets";
import { startWriter, type WriterResult } from "./writer";

export interface TargetResult {
  target: Target;
  load: LoadResult;
  cpu: CpuPerRequest;
  /** Mean latency of single requests, one at a time (no queueing): comparable with the SQL floor. */
  serialMs: number;
  sql: SqlMeasure | null;
  weight?: PageWeight;
  duplicates?: DuplicateBodies;
  /** Targets with a writer: its comments, and how soon signed-out readers saw them. */
  writes?: WriterResult;
}

export interface MeasureContext {
  origins: string[];
  /** The instances' processes, for their CPU time. */
  appPids: number[];
  database: BenchDatabase;
  connections: number;
  durationSeconds: number;
  log: Log;
  /** For a target's writer: postCommentAction's id, and the members who post. */
  actionId: string;
  members: MemberRotation;
}

async function bodyKeys(database: BenchDatabase, reviewId: string): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ key: string }>(`SELECT split_part("body", ' ', 1) AS key FROM "Comment" WHERE "reviewId" = $1`, [reviewId]);
    return new Set(rows.map((row) => row.key));
  } finally {
    await client.end();
  }
}

/** Seconds of load before each target is measured. */
export const WARM_UP_SECONDS = 3;

export async function measureTarget(
  target: Target,
  requests: TargetRequests,
  small: { label: string; requests: TargetRequests } | null,
  context: MeasureContext,
): Promise<TargetResult> {
  const { log, origins, database } = context;
  // A few seconds of unmeasured load first: what follows then measures code the JIT has
  // compiled, as on a server that has been up for a while, not the first requests after a start.
  log(`${target.label}: warming up (${WARM_UP_SECONDS} s of load, not measured)`);
  await runLoad({ ...requests.load, origins, connections: context.connections, durationSeconds: WARM_UP_SECONDS }, log, `${target.name} (warm-up)`);
  // One request at a time, on an idle app: exact statement counts and unqueued timings.
  await waitUntilIdle(origins, database.url, database.name, log);
  log(`${target.label}: SQL statements and timings one request at a time`);
  for (const origin of origins) for (let i = 0; i < 5; i++) await requests.sendOne(origin);
  const { sql, serialMs } = await measureSql(database, origins[0]!, requests, small);

  let weight: PageWeight | undefined;
  let duplicates: DuplicateBodies | undefined;
  if (target.kind === "page") {
    const headers = requests.pageHeaders?.();
    const page = await fetchPage(origins[0]!, target.path, headers);
    weight = weighPage(page.html, page.navigationPayload);
    const sent = await fetchSentSize(origins[0]!, target.path, requests.pageHeaders?.() ?? {});
    Object.assign(weight, { sentBytes: sent.bytes, sentEncoding: sent.encoding });
    const layerPath = viewerLayerPath(target);
    if (layerPath) weight.layerBytes = Buffer.byteLength(await (await fetch(`${origins[0]!}${layerPath}`, { headers })).text());
    if (target.reviewId) duplicates = findDuplicateBodies(page.html, await bodyKeys(database, target.reviewId));
  }

  log(`${target.label}: ${context.durationSeconds} s at concurrency ${context.connections}`);
  const sampleCpu = () => cpuSample(context.appPids, database.serverPid());
  const cpuBefore = sampleCpu();
  const writer = target.writer ? startWriter({ origins, actionId: context.actionId, reviewId: target.writer.reviewId, members: context.members }) : null;
  const load = await runLoad({ ...requests.load, origins, connections: context.connections, durationSeconds: context.durationSeconds }, log, target.name);
  const cpu = cpuPerRequest(cpuBefore, sampleCpu(), load.requests);
  const writes = await writer?.stop();
  if (writes) log(`  writer: ${writes.posted} comments posted (${writes.failed} failed); seen by signed-out readers after p50 ${writes.visibleMs.p50} ms, p95 ${writes.visibleMs.p95} ms (${writes.notSeen} not within 10 s)`);
  log(`  ${load.requestsPerSecond} ${target.signedIn && target.kind === "page" ? "page views" : "req"}/s, p95 ${load.latencyMs.p95} ms, non-2xx ${load.non2xx}${load.failed ? `, refused ${load.failed}` : ""}; CPU per request: app ${cpu.appMs === null ? "n/a" : `${cpu.appMs} ms`}, database ${cpu.databaseMs === null ? "n/a" : `${cpu.databaseMs} ms`}`);
  return { target, load, cpu, serialMs, sql, weight, duplicates, writes };
}

// `npm run bench`: a large deterministic data set in a database of its own, the app built and
// started with `server.mjs` (one or two instances), each target driven with autocannon, and a
// report under bench/results/. See bench/README.md.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "@/scripts/db/migrate";
import { buildApp, startInstance, type AppInstance } from "./bench/app-server";
import { createBenchDatabase, type BenchDatabase } from "./bench/database";
import { generateDataset } from "./bench/dataset";
import { measureTarget, type TargetResult } from "./bench/measure-target";
import { parseBenchOptions, USAGE, UsageError } from "./bench/options";
import { log } from "./bench/progress";
import { buildReport, environment, printReport, writeReport } from "./bench/report";
import { findActionId } from "./bench/server-action";
import { MemberRotation } from "./bench/sessions";
import { requestsFor } from "./bench/target-requests";
import { benchTargets, TARGET_NAMES } from "./bench/targets";
import { checkTwoInstances, type InstanceCheck } from "./bench/two-instances";

const APP_DIR = process.cwd();
const RESULTS_DIR = path.join(APP_DIR, "bench", "results");
const CONNECTIONS = 10;

const resources: { database?: BenchDatabase; instances: AppInstance[]; keep: boolean } = { instances: [], keep: false };

async function cleanUp(): Promise<void> {
  const { instances, database } = resources;
  resources.instances = [];
  resources.database = undefined;
  await Promise.all(instances.map((instance) => instance.stop()));
  await database?.dispose(resources.keep);
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const unknown = options.only.filter((name) => !(TARGET_NAMES as readonly string[]).includes(name));
  if (unknown.length) throw new UsageError(`unknown target ${unknown.join(", ")}; the targets are ${TARGET_NAMES.join(", ")}`);
  resources.keep = options.keep;
  const startedAt = new Date();
  const loadAverageAtStart = os.loadavg();
  if (loadAverageAtStart[0]! > os.cpus().length) {
    log(`Note: the machine is already busy (load average ${loadAverageAtStart[0]!.toFixed(1)} on ${os.cpus().length} CPUs); expect lower numbers`);
  }

  const database = (resources.database = await createBenchDatabase(log));
  const { applied } = await applyMigrations(database.url);
  log(`Applied ${applied.length} migrations; generating the data set`);
  const data = await generateDataset(database.url, log);

  mkdirSync(RESULTS_DIR, { recursive: true });
  if (options.skipBuild) {
    if (!existsSync(path.join(APP_DIR, ".next", "BUILD_ID"))) throw new Error("--skip-build, but there is no production build in .next (run npm run build)");
    log("Using the existing build (--skip-build)");
  } else {
    await buildApp(APP_DIR, path.join(RESULTS_DIR, "build.log"), log);
  }

  const secret = randomBytes(32).toString("base64url");
  const env = { databaseUrl: database.url, authSecret: secret };
  for (const label of ["A", "B"].slice(0, options.instances)) {
    resources.instances.push(await startInstance(APP_DIR, label, env, path.join(RESULTS_DIR, `instance-${label}.log`), log));
  }
  const origins = resources.instances.map((instance) => instance.origin);

  const actionId = findActionId(APP_DIR, "lib/actions/comments.ts", "postCommentAction");
  const members = await MemberRotation.create(secret, data.memberIds);
  log(`Minted ${data.memberIds.length.toLocaleString("en")} session cookies; postCommentAction is ${actionId}`);

  let instanceChecks: InstanceCheck[] = [];
  if (resources.instances.length === 2) {
    log("Checking that the two instances share sessions, comments and rate limits");
    instanceChecks = await checkTwoInstances([resources.instances[0]!, resources.instances[1]!], {
      secret,
      memberId: members.take().id,
      actionId,
      reviewId: data.reviews.postTarget,
    });
    for (const check of instanceChecks) log(`  ${check.passed ? "✓" : "✗"} ${check.name}`);
  }

  const requestContext = { actionId, members };
  const context = { origins, appPids: resources.instances.map((instance) => instance.pid), database, connections: CONNECTIONS, durationSeconds: options.durationSeconds, log, actionId, members };
  const results: TargetResult[] = [];
  for (const target of benchTargets(data).filter((t) => options.only.length === 0 || options.only.includes(t.name))) {
    const counterpart = target.smallCounterpart;
    const smallRequests = counterpart
      ? { label: counterpart.label, requests: requestsFor({ ...target, path: counterpart.path, layerScope: counterpart.layerScope }, requestContext) }
      : null;
    results.push(await measureTarget(target, requestsFor(target, requestContext), smallRequests, context));
  }

  const report = buildReport({
    startedAt: startedAt.toISOString(),
    durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
    environment: environment(database.description, {
      instances: options.instances,
      connections: CONNECTIONS,
      secondsPerTarget: options.durationSeconds,
      loadAverageAtStart,
    }),
    results,
    instanceChecks,
  });
  printReport(report);
  log(`Report written to ${path.relative(APP_DIR, writeReport(report, RESULTS_DIR))} (and latest.md / latest.json)`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the app and the database`);
    void cleanUp().finally(() => process.exit(130));
  });
}

try {
  await main();
} catch (error) {
  if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
  else console.error(`✗ ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}

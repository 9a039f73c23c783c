// Each target's goals, judged against what was measured: met, missed, or n/a (not measurable
// here, e.g. SQL counts on a server without pg_stat_statements).
import type { TargetResult } from "./measure-target";
import { MAX_QUERIES_PER_PAGE } from "./targets";

export type Verdict = "met" | "missed" | "n/a";

export interface GoalResult {
  target: string;
  goal: string;
  measured: string;
  verdict: Verdict;
}

const judge = (ok: boolean): Verdict => (ok ? "met" : "missed");

export function judgeGoals(results: readonly TargetResult[]): GoalResult[] {
  const goals: GoalResult[] = [];
  for (const { target, load, sql, weight, duplicates, writes } of results) {
    const add = (goal: string, measured: string, verdict: Verdict) => goals.push({ target: target.label, goal, measured, verdict });
    const { minRequestsPerSecond, maxP95Ms, maxPageKb, noBodySentTwice } = target.goals;
    // No response within the run (a page slower than the run itself) meets no latency goal.
    const p95 = load.requests === 0 ? Infinity : load.latencyMs.p95;
    if (minRequestsPerSecond !== undefined) {
      add(`≥ ${minRequestsPerSecond} req/s`, `${load.requestsPerSecond} req/s`, judge(load.requestsPerSecond >= minRequestsPerSecond));
    }
    if (maxP95Ms !== undefined) add(`p95 ≤ ${maxP95Ms} ms`, load.requests ? `${p95} ms` : "no response completed", judge(p95 <= maxP95Ms));
    if (maxPageKb !== undefined) {
      // A member's page view includes its viewer layer.
      const layer = weight?.layerBytes;
      const kb = weight ? (weight.htmlBytes + (layer ?? 0)) / 1024 : NaN;
      const measured = weight ? `${kb.toFixed(0)} KB${layer === undefined ? "" : `, viewer layer included`} (${(weight.gzipBytes / 1024).toFixed(0)} KB gzipped)` : "n/a";
      add(`HTML + payload ≤ ${maxPageKb} KB`, measured, weight ? judge(kb <= maxPageKb) : "n/a");
    }
    if (noBodySentTwice) {
      add(
        "no comment body sent twice",
        duplicates ? `${duplicates.sentTwice} of ${duplicates.onPage} bodies on the page are in the HTML and again in the payload` : "n/a",
        duplicates ? judge(duplicates.sentTwice === 0) : "n/a",
      );
    }
    if (target.kind === "page") {
      if (!sql) add(`SQL statements ≤ ${MAX_QUERIES_PER_PAGE}, constant`, "n/a (needs the embedded server)", "n/a");
      else {
        const constant = sql.smallQueries === undefined || sql.smallQueries.perRequest === sql.queries.perRequest;
        const small = sql.smallQueries ? `; ${sql.smallQueries.label}: ${sql.smallQueries.perRequest}` : "";
        add(`SQL statements ≤ ${MAX_QUERIES_PER_PAGE}, constant`, `${sql.queries.perRequest}${small}`, judge(constant && sql.queries.perRequest <= MAX_QUERIES_PER_PAGE));
        // A signed-out reader's page is a cache hit, which needs no query (the expiry listener).
        if (!target.signedIn) add("a cache hit runs no SQL", `${sql.queries.perRequest}`, judge(sql.queries.perRequest === 0));
      }
    }
    const { minShareOf, maxVisibleP95Ms } = target.goals;
    if (minShareOf) {
      const quiet = results.find((result) => result.target.name === minShareOf.target);
      const share = quiet ? load.requestsPerSecond / quiet.load.requestsPerSecond : NaN;
      add(
        `req/s ≥ ${Math.round(minShareOf.share * 100)} % of ${quiet?.target.label ?? minShareOf.target}'s`,
        quiet ? `${Math.round(share * 100)} % (${load.requestsPerSecond} of ${quiet.load.requestsPerSecond} req/s)` : "n/a (not measured in this run)",
        quiet ? judge(share >= minShareOf.share) : "n/a",
      );
    }
    if (maxVisibleP95Ms !== undefined) {
      add(
        `a new comment visible to signed-out readers within ${maxVisibleP95Ms / 1000} s (p95)`,
        writes ? `p95 ${writes.visibleMs.p95} ms over ${writes.posted} comments (${writes.failed} posts failed, ${writes.notSeen} not seen within 10 s)` : "n/a",
        writes ? judge(writes.posted > 0 && writes.failed === 0 && writes.notSeen === 0 && writes.visibleMs.p95 <= maxVisibleP95Ms) : "n/a",
      );
    }
    const bad = load.non2xx + load.failed + load.errors;
    add("no non-2xx (or refused) responses", `${load.non2xx} non-2xx, ${load.failed} refused, ${load.errors} errors`, judge(bad === 0));
  }
  return goals;
}

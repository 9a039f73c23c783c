// Drives one target with autocannon at a fixed concurrency for a fixed time. Latencies are
// kept per response, or per run through a sequence of requests (autocannon's own summary has
// no p95, and knows nothing of sequences), so percentiles are exact.
import autocannon, { type RequestStep } from "autocannon";
import type { Log } from "./progress";

/** A request that differs each time (another member's cookie, a new comment). */
export interface LoadRequest {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * One request of a target. A target is one request, or a sequence that makes one unit (a
 * member's page view: the page, then its viewer layer); each connection runs the steps in order.
 */
export interface LoadStep {
  path: string;
  /** Headers of every request of this step (a step with nextRequest sets its own). */
  headers?: Record<string, string>;
  /**
   * For requests that differ each time: built just before sending. `cycle` is the connection's
   * own object, shared by the steps of one run through the sequence (the same member's cookie).
   */
  nextRequest?: (cycle: Record<string, unknown>) => LoadRequest;
  /** Says whether a 2xx response really succeeded (an action can answer 200 with ok: false). */
  succeeded?: (body: string) => boolean;
}

export interface LoadSpec {
  /** One origin per instance; autocannon spreads the connections over them. */
  origins: string[];
  steps: LoadStep[];
  connections: number;
  durationSeconds: number;
}

export interface LoadResult {
  /** Completed units: responses, or runs through a sequence of steps. */
  requests: number;
  durationSeconds: number;
  /** Units per second. */
  requestsPerSecond: number;
  /** Per unit: a sequence's steps one after another, as a browser makes them. */
  latencyMs: { mean: number; p50: number; p95: number; p99: number; max: number };
  non2xx: number;
  /** 2xx responses that `succeeded` rejected. */
  failed: number;
  /** The start of the first such response, to say why. */
  failureSample?: string;
  /** Connection errors and timeouts. */
  errors: number;
  statusCodes: Record<string, number>;
  /** Bytes received per response, as sent (compressed when the request accepted it). */
  bytesPerResponse: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

const round = (value: number) => Math.round(value * 10) / 10;

export async function runLoad(spec: LoadSpec, log: Log, label: string): Promise<LoadResult> {
  const latencies: number[] = [];
  let bytes = 0;
  let responses = 0;
  let failed = 0;
  let failureSample: string | undefined;
  const steps: RequestStep[] = spec.steps.map((loadStep) => {
    const step: RequestStep = { method: "GET", path: loadStep.path, ...(loadStep.headers && { headers: loadStep.headers }) };
    // Keep autocannon's own fields (host, port): without them it sends `Host: undefined:undefined`.
    if (loadStep.nextRequest) step.setupRequest = (request, cycle) => ({ ...request, ...loadStep.nextRequest!(cycle) });
    if (loadStep.succeeded) {
      step.onResponse = (status, body) => {
        if (status >= 200 && status < 300 && !loadStep.succeeded!(body)) {
          failed++;
          failureSample ??= body.slice(0, 500);
        }
      };
    }
    return step;
  });

  const instance = autocannon({
    url: spec.origins.length === 1 ? spec.origins[0]! : spec.origins,
    connections: spec.connections,
    duration: spec.durationSeconds,
    timeout: 30,
    requests: steps,
  });
  // Each connection answers its steps in order: a unit's latency is the sum over one run through them.
  const cycles = new Map<unknown, { step: number; ms: number }>();
  instance.on("response", (client, _status, resBytes, responseTime) => {
    responses++;
    bytes += resBytes;
    const cycle = cycles.get(client) ?? { step: 0, ms: 0 };
    cycle.ms += responseTime;
    cycle.step++;
    if (cycle.step === steps.length) {
      latencies.push(cycle.ms);
      cycles.delete(client);
    } else cycles.set(client, cycle);
  });
  let seconds = 0;
  instance.on("tick", () => {
    seconds++;
    if (seconds % 5 === 0 && seconds < spec.durationSeconds) log(`  ${label}: ${seconds} s, ${latencies.length} completed`);
  });
  const result = await instance;

  latencies.sort((a, b) => a - b);
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, Number(count)]));
  const mean = latencies.reduce((sum, value) => sum + value, 0) / Math.max(1, latencies.length);
  return {
    requests: latencies.length,
    durationSeconds: result.duration,
    requestsPerSecond: round(latencies.length / result.duration),
    latencyMs: {
      mean: round(mean),
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies.at(-1) ?? 0),
    },
    non2xx: result.non2xx,
    failed,
    failureSample,
    errors: result.errors,
    statusCodes,
    bytesPerResponse: Math.round(bytes / Math.max(1, responses)),
  };
}

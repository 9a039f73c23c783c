// Drives one target with autocannon at a fixed concurrency for a fixed time. Latencies are
// kept per response (autocannon's own summary has no p95), so percentiles are exact.
import autocannon, { type RequestStep } from "autocannon";
import type { Log } from "./progress";

/** A request that differs each time (another member's cookie, a new comment). */
export interface LoadRequest {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface LoadSpec {
  /** One origin per instance; autocannon spreads the connections over them. */
  origins: string[];
  path: string;
  /** For requests that differ each time: built just before sending. */
  nextRequest?: () => LoadRequest;
  /** Says whether a 2xx response really succeeded (an action can answer 200 with ok: false). */
  succeeded?: (body: string) => boolean;
  connections: number;
  durationSeconds: number;
}

export interface LoadResult {
  requests: number;
  durationSeconds: number;
  requestsPerSecond: number;
  latencyMs: { mean: number; p50: number; p95: number; p99: number; max: number };
  non2xx: number;
  /** 2xx responses that `succeeded` rejected. */
  failed: number;
  /** The start of the first such response, to say why. */
  failureSample?: string;
  /** Connection errors and timeouts. */
  errors: number;
  statusCodes: Record<string, number>;
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
  let failed = 0;
  let failureSample: string | undefined;
  const step: RequestStep = { method: "GET", path: spec.path };
  // Keep autocannon's own fields (host, port): without them it sends `Host: undefined:undefined`.
  if (spec.nextRequest) step.setupRequest = (request) => ({ ...request, ...spec.nextRequest!() });
  if (spec.succeeded) {
    step.onResponse = (status, body) => {
      if (status >= 200 && status < 300 && !spec.succeeded!(body)) {
        failed++;
        failureSample ??= body.slice(0, 500);
      }
    };
  }

  const instance = autocannon({
    url: spec.origins.length === 1 ? spec.origins[0]! : spec.origins,
    connections: spec.connections,
    duration: spec.durationSeconds,
    timeout: 30,
    requests: [step],
  });
  instance.on("response", (_client, _status, resBytes, responseTime) => {
    latencies.push(responseTime);
    bytes += resBytes;
  });
  let seconds = 0;
  instance.on("tick", () => {
    seconds++;
    if (seconds % 5 === 0 && seconds < spec.durationSeconds) log(`  ${label}: ${seconds} s, ${latencies.length} responses`);
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
    bytesPerResponse: Math.round(bytes / Math.max(1, latencies.length)),
  };
}

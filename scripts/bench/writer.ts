// The writer of the "a comment a second" target: while signed-out readers load a review page, a
// member (the next in the rotation each time) posts a comment to it once a second, through the
// action as the browser calls it. For each comment, the time from sending the post until the
// page a signed-out reader gets (newest first, with the browser's Accept-Encoding) shows it;
// with two instances, the post goes to one and the reader asks the other.
import { postCommentRequest, readActionResult } from "./server-action";
import type { MemberRotation } from "./sessions";
import { benchCommentBody } from "./target-requests";
import { BROWSER_ACCEPT_ENCODING } from "./targets";

export interface WriterResult {
  posted: number;
  /** Posts the action refused or that failed. */
  failed: number;
  /** Posted, but not on the reader's page within SEEN_TIMEOUT_MS. */
  notSeen: number;
  /** From sending the post until a signed-out reader's page showed the comment. */
  visibleMs: { p50: number; p95: number; max: number };
}

export interface WriterOptions {
  origins: string[];
  actionId: string;
  reviewId: string;
  members: MemberRotation;
  intervalMs?: number;
}

/** A comment not seen within this long counts as not seen (and as this long in the percentiles). */
const SEEN_TIMEOUT_MS = 10_000;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Reads the reader's page, one request after another, until it holds `body`; the ms it took from `sentAt`, or null. */
async function timeUntilVisible(origin: string, reviewId: string, body: string, sentAt: number): Promise<number | null> {
  while (performance.now() - sentAt < SEEN_TIMEOUT_MS) {
    const response = await fetch(`${origin}/reviews/${reviewId}?sort=newest`, { headers: BROWSER_ACCEPT_ENCODING });
    if ((await response.text()).includes(body)) return performance.now() - sentAt;
  }
  return null;
}

export function startWriter(options: WriterOptions): { stop(): Promise<WriterResult> } {
  const { origins, actionId, reviewId, members } = options;
  const pending: Promise<void>[] = [];
  const visible: number[] = [];
  let posted = 0;
  let failed = 0;
  let notSeen = 0;

  const postOne = async (index: number) => {
    const writeOrigin = origins[index % origins.length]!;
    const readOrigin = origins[(index + 1) % origins.length]!;
    const body = benchCommentBody();
    const request = postCommentRequest(actionId, reviewId, body, members.take().cookie);
    const sentAt = performance.now();
    try {
      const response = await fetch(`${writeOrigin}${request.path}`, { method: "POST", headers: request.headers, body: request.body });
      if (!response.ok || readActionResult(await response.text())?.ok !== true) {
        failed++;
        return;
      }
    } catch {
      failed++;
      return;
    }
    posted++;
    const ms = await timeUntilVisible(readOrigin, reviewId, body, sentAt);
    if (ms === null) notSeen++;
    visible.push(ms ?? SEEN_TIMEOUT_MS);
  };

  let count = 0;
  const timer = setInterval(() => pending.push(postOne(count++)), options.intervalMs ?? 1_000);
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all(pending);
      visible.sort((a, b) => a - b);
      const round = (ms: number) => Math.round(ms);
      return { posted, failed, notSeen, visibleMs: { p50: round(percentile(visible, 50)), p95: round(percentile(visible, 95)), max: round(visible.at(-1) ?? 0) } };
    },
  };
}

import { consumeRateLimit, retryMessage, type RateRule } from "@/lib/rate-limit";

// Every edit keeps the version it replaces, and readers can page through them all. Saving is
// limited, per member, so nobody can fill a history (or the table behind it) by the thousand.

export const EDIT_RULES = {
  review: { name: "review-edit", limit: 30, windowSeconds: 60 * 60 },
  comment: { name: "comment-edit", limit: 30, windowSeconds: 60 * 60 },
} satisfies Record<string, RateRule>;

/** Counts one saved edit of a review or comment; a message when the member is over the limit. */
export async function editRateProblem(kind: keyof typeof EDIT_RULES, editorId: string): Promise<string | null> {
  const limit = await consumeRateLimit(EDIT_RULES[kind], editorId);
  return limit.allowed ? null : retryMessage("edits in the last hour", limit.retryAfterSeconds);
}

import { pluralize } from "@/lib/format/counts";
import { consumeRateLimits, retryMessage, type RateRule } from "@/lib/rate-limit";

export const COMMENT_RULES = {
  /** At most one comment per 15 s from one person. */
  flood: { name: "comment:flood", limit: 1, windowSeconds: 15 },
  /** And at most 60 an hour, whatever the pace. */
  hourly: { name: "comment:hourly", limit: 60, windowSeconds: 60 * 60 },
} satisfies Record<string, RateRule>;

/** The same text from the same person within 5 minutes is a double post or spam. */
export const DUPLICATE_WINDOW_MINUTES = 5;

/** Counts this comment against the flood and hourly limits; a message when it is over. */
export async function commentRateProblem(authorId: string): Promise<string | null> {
  // One statement; a comment the flood limit refuses doesn't count against the hourly one.
  const [flood, hourly] = await consumeRateLimits([COMMENT_RULES.flood, COMMENT_RULES.hourly], authorId);
  if (!flood!.allowed) return `Please wait ${pluralize(flood!.retryAfterSeconds, "second")} between comments.`;
  if (!hourly!.allowed) return retryMessage("comments in the last hour", hourly!.retryAfterSeconds);
  return null;
}

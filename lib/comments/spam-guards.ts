import { db } from "@/lib/db";
import { consumeRateLimit, retryMessage, type RateRule } from "@/lib/rate-limit";

export const COMMENT_RULES = {
  /** At most one comment per 15 s from one person. */
  flood: { name: "comment:flood", limit: 1, windowSeconds: 15 },
  /** And at most 60 an hour, whatever the pace. */
  hourly: { name: "comment:hourly", limit: 60, windowSeconds: 60 * 60 },
} satisfies Record<string, RateRule>;

export const DUPLICATE_WINDOW_MINUTES = 5;

/** The same text from the same person within 5 minutes is a double post or spam. */
export async function isDuplicateComment(authorId: string, body: string): Promise<boolean> {
  const since = new Date(Date.now() - DUPLICATE_WINDOW_MINUTES * 60_000);
  const twin = await db.comment.findFirst({
    where: { authorId, body, createdAt: { gte: since }, state: { not: "DELETED" } },
    select: { id: true },
  });
  return twin !== null;
}

/** Counts this comment against the flood and hourly limits; a message when it is over. */
export async function commentRateProblem(authorId: string): Promise<string | null> {
  const flood = await consumeRateLimit(COMMENT_RULES.flood, authorId);
  if (!flood.allowed) return `Please wait ${flood.retryAfterSeconds} seconds between comments.`;
  const hourly = await consumeRateLimit(COMMENT_RULES.hourly, authorId);
  if (!hourly.allowed) return retryMessage("comments in the last hour", hourly.retryAfterSeconds);
  return null;
}

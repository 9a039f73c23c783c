import type { Prisma } from "@/lib/generated/prisma/client";
import { formatExactDateTime } from "@/lib/format/dates";
import type { Decision } from "@/lib/moderation/moderate-content";

const DONE: Record<Decision, string> = {
  approve: "was approved by a moderator and is now visible to everyone",
  restore: "was restored by a moderator and is visible again",
  hide: "was hidden by a moderator",
  delete: "was removed by a moderator",
};

/** "Your comment was hidden by a moderator. Reason: spoilers." */
export function contentDecisionMessage(kind: "REVIEW" | "COMMENT", decision: Decision, reason: string | null): string {
  const sentence = `Your ${kind === "REVIEW" ? "review" : "comment"} ${DONE[decision]}.`;
  return reason && (decision === "hide" || decision === "delete") ? `${sentence} Reason: ${reason}` : sentence;
}

export function banMessage(until: Date | null, reason: string): string {
  return `Your account was suspended ${until ? `until ${formatExactDateTime(until)}` : "with no end date"}. Reason: ${reason}`;
}

export const UNBAN_MESSAGE = "Your suspension was lifted: you can post again.";

/**
 * Tells a member, in the app and (per their preferences) by mail, about a moderator's decision
 * on their content or account. Written in the decision's transaction; never to the moderator
 * about themselves.
 */
export async function notifyModerationDecision(
  tx: Prisma.TransactionClient,
  notice: { userId: string | null; actorId: string | null; message: string; reviewId?: string | null; commentId?: string | null },
): Promise<void> {
  if (!notice.userId || notice.userId === notice.actorId) return;
  await tx.notification.create({
    data: { userId: notice.userId, type: "MODERATION", actorId: notice.actorId, message: notice.message, reviewId: notice.reviewId ?? null, commentId: notice.commentId ?? null },
  });
}

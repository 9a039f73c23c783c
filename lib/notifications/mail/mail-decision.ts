import { THREAD_BATCH_MS } from "@/lib/notifications/mail/preferences";
import type { PendingNotification } from "@/lib/notifications/mail/pending-notifications";

export type MailDecision =
  | { action: "skip"; why: string }
  | { action: "wait" }
  /** Mail it, in one message with every other notification of the same group. */
  | { action: "send"; group: string };

/**
 * Whether a notification becomes mail now, later or never. Decided when the mail is about to
 * be written, not when the notification was made, so that a comment hidden since, a member who
 * changed their mind, or an address no longer theirs is respected.
 */
export function decideMail(n: PendingNotification, now: Date, cadence: "immediate" | "daily"): MailDecision {
  if (n.recipientGone || !n.email) return { action: "skip", why: "no recipient" };
  // Never mail an address nobody has proved is theirs: it could be anyone's.
  if (!n.emailVerified) return { action: "skip", why: "address not verified" };
  if (n.frequency === "OFF") return { action: "skip", why: "preference off" };
  if (n.actorId && n.actorId === n.userId) return { action: "skip", why: "own action" };
  if (n.type !== "MODERATION") {
    // Never about what others can't see: a comment or review held, hidden or deleted since.
    if (n.commentState !== "PUBLISHED" || n.reviewState !== "PUBLISHED") return { action: "skip", why: "not visible" };
  }
  if (cadence === "daily") return { action: "send", group: n.userId };
  if (n.type === "MODERATION") return { action: "send", group: `${n.userId}:moderation` };
  if (n.threadMailedAt && now.getTime() - n.threadMailedAt.getTime() < THREAD_BATCH_MS) return { action: "wait" };
  return { action: "send", group: `${n.userId}:review:${n.reviewId}` };
}

import type { MailFrequency, NotificationType } from "@/lib/generated/prisma/enums";

/** The User column holding a member's mail preference for each kind of notification. */
export const PREFERENCE_COLUMN = {
  COMMENT_REPLY: "mailReplies",
  REVIEW_COMMENT: "mailReviewComments",
  MODERATION: "mailModeration",
} as const satisfies Record<NotificationType, string>;

export type PreferenceColumn = (typeof PREFERENCE_COLUMN)[NotificationType];

export const NOTIFICATION_KIND_LABELS: Record<NotificationType, string> = {
  COMMENT_REPLY: "Replies to your comments",
  REVIEW_COMMENT: "Comments on your reviews",
  MODERATION: "Moderation decisions about your content, your account or your appeals",
};

export const FREQUENCY_LABELS: Record<MailFrequency, string> = {
  IMMEDIATE: "Right away",
  DAILY: "Daily digest",
  OFF: "Off",
};

/** Mail about one thread waits this long after the last one; replies in between come together. */
export const THREAD_BATCH_MS = 10 * 60_000;

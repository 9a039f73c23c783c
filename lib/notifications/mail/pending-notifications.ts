import { Prisma } from "@/lib/generated/prisma/client";
import type { ContentState, MailFrequency, NotificationType } from "@/lib/generated/prisma/enums";

/** A notification waiting to be mailed, with what deciding and writing about it needs. */
export interface PendingNotification {
  id: string;
  userId: string;
  type: NotificationType;
  actorId: string | null;
  reviewId: string | null;
  commentId: string | null;
  message: string | null;
  createdAt: Date;
  email: string | null;
  emailVerified: Date | null;
  recipientGone: boolean;
  recipientName: string;
  frequency: MailFrequency;
  commentState: ContentState | null;
  commentBody: string | null;
  reviewState: ContentState | null;
  reviewTitle: string | null;
  filmTitle: string | null;
  actorName: string | null;
  /** When this member was last mailed about this review's discussion. */
  threadMailedAt: Date | null;
}

const FREQUENCY = Prisma.sql`CASE n."type" WHEN 'COMMENT_REPLY' THEN u."mailReplies" WHEN 'REVIEW_COMMENT' THEN u."mailReviewComments" ELSE u."mailModeration" END`;

/**
 * Locks and reads the pending notifications of one cadence: right away (every preference but
 * the daily digest; "off" ones are read so they can be settled as skipped) or the digest's.
 * SKIP LOCKED: rows another instance is handling right now are left to it.
 */
export async function lockPendingNotifications(tx: Prisma.TransactionClient, cadence: "immediate" | "daily", limit: number): Promise<PendingNotification[]> {
  const wanted = cadence === "daily" ? Prisma.sql`${FREQUENCY} = 'DAILY'` : Prisma.sql`${FREQUENCY} <> 'DAILY'`;
  // A digest gathers each member's notifications together, so read them member by member.
  const order = cadence === "daily" ? Prisma.sql`n."userId", n."createdAt"` : Prisma.sql`n."createdAt"`;
  return tx.$queryRaw<PendingNotification[]>`
    SELECT n."id", n."userId", n."type", n."actorId", n."reviewId", n."commentId", n."message", n."createdAt",
           u."email", u."emailVerified", u."deletedAt" IS NOT NULL AS "recipientGone", coalesce(u."name", u."handle") AS "recipientName",
           ${FREQUENCY} AS "frequency",
           c."state" AS "commentState", c."body" AS "commentBody",
           r."state" AS "reviewState", r."title" AS "reviewTitle", f."title" AS "filmTitle",
           coalesce(a."name", a."handle") AS "actorName",
           (SELECT max(m."mailedAt") FROM "Notification" m
             WHERE m."userId" = n."userId" AND m."reviewId" = n."reviewId" AND m."mailState" = 'MAILED' AND m."type" <> 'MODERATION') AS "threadMailedAt"
    FROM "Notification" n
    JOIN "User" u ON u."id" = n."userId"
    LEFT JOIN "Comment" c ON c."id" = n."commentId"
    LEFT JOIN "Review" r ON r."id" = n."reviewId"
    LEFT JOIN "Film" f ON f."id" = r."filmId"
    LEFT JOIN "User" a ON a."id" = n."actorId"
    WHERE n."mailState" = 'PENDING' AND ${wanted}
    ORDER BY ${order}
    LIMIT ${limit}
    FOR UPDATE OF n SKIP LOCKED`;
}

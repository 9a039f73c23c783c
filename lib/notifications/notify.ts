import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * Tells the parent comment's author about a reply, and the review's author about a new
 * comment — never yourself, and never the same person twice for one comment.
 */
export async function notifyAboutComment(
  tx: Tx,
  comment: { id: string; reviewId: string; authorId: string },
  recipients: { parentAuthorId: string | null; reviewAuthorId: string | null },
): Promise<void> {
  const notifications: Prisma.NotificationCreateManyInput[] = [];
  const { parentAuthorId, reviewAuthorId } = recipients;
  if (parentAuthorId && parentAuthorId !== comment.authorId) {
    notifications.push({ userId: parentAuthorId, type: "COMMENT_REPLY", actorId: comment.authorId, reviewId: comment.reviewId, commentId: comment.id });
  }
  if (reviewAuthorId && reviewAuthorId !== comment.authorId && reviewAuthorId !== parentAuthorId) {
    notifications.push({ userId: reviewAuthorId, type: "REVIEW_COMMENT", actorId: comment.authorId, reviewId: comment.reviewId, commentId: comment.id });
  }
  if (notifications.length) await tx.notification.createMany({ data: notifications });
}

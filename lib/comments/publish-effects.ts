import { newRecordId } from "@/lib/record-id";
import { Prisma } from "@/lib/generated/prisma/client";
import { commentNotifications } from "@/lib/notifications/notify";

/** What publishing a comment needs to know about it. */
export interface PublishedComment {
  id: string;
  reviewId: string;
  authorId: string | null;
  parentAuthorId: string | null;
  reviewAuthorId: string | null;
}

/** Reads what applyCommentPublished needs, for a comment published after the fact (approval). */
export async function loadPublishedComment(tx: Prisma.TransactionClient, commentId: string): Promise<PublishedComment> {
  const comment = await tx.comment.findUniqueOrThrow({
    where: { id: commentId },
    select: { id: true, reviewId: true, authorId: true, parent: { select: { authorId: true } }, review: { select: { authorId: true } } },
  });
  return { id: comment.id, reviewId: comment.reviewId, authorId: comment.authorId, parentAuthorId: comment.parent?.authorId ?? null, reviewAuthorId: comment.review.authorId };
}

/**
 * What happens when a comment becomes visible — at once, or when a moderator approves it: the
 * review's comment count goes up and the people it concerns are told. As the parts of one SQL
 * statement (CTEs), so that posting a comment can insert it and do all this in a single
 * atomic statement (lib/comments/insert-comment.ts).
 *
 * A comment can become visible more than once (an edit sends it back to moderation, a
 * moderator approves it again); nobody is told about the same comment twice.
 */
export function publishEffects(comment: PublishedComment): Prisma.Sql[] {
  const effects = [Prisma.sql`counted AS (${commentCountChange(comment.reviewId, 1)})`];
  if (!comment.authorId) return effects;
  const notifications = commentNotifications({ id: comment.id, reviewId: comment.reviewId, authorId: comment.authorId }, comment);
  if (notifications.length) {
    const now = new Date();
    const rows = notifications.map(
      (n) => Prisma.sql`(${newRecordId()}, ${n.userId}, ${n.type}::"NotificationType", ${n.actorId}, ${n.reviewId}, ${n.commentId}, ${now}::timestamp(3))`,
    );
    effects.push(Prisma.sql`notified AS (
      INSERT INTO "Notification" ("id", "userId", "type", "actorId", "reviewId", "commentId", "createdAt")
      SELECT * FROM (VALUES ${Prisma.join(rows)}) AS fresh ("id", "userId", "type", "actorId", "reviewId", "commentId", "createdAt")
      WHERE NOT EXISTS (
        SELECT 1 FROM "Notification" told
        WHERE told."commentId" = fresh."commentId" AND told."userId" = fresh."userId" AND told."type" = fresh."type"))`);
  }
  return effects;
}

/** Applies publishEffects to a comment that already exists. */
export async function applyCommentPublished(tx: Prisma.TransactionClient, comment: PublishedComment): Promise<void> {
  await tx.$executeRaw`WITH ${Prisma.join(publishEffects(comment), ",\n")} SELECT 1`;
}

/** The reverse of a publish, for the count only: a hidden or deleted comment no longer counts. */
export async function applyCommentUnpublished(tx: Prisma.TransactionClient, reviewId: string): Promise<void> {
  await tx.$executeRaw`${commentCountChange(reviewId, -1)}`;
}

// The count is not an edit of the review, so the review's updatedAt stays: its revision
// history dates the previous version by it.
function commentCountChange(reviewId: string, delta: 1 | -1): Prisma.Sql {
  return Prisma.sql`UPDATE "Review" SET "commentCount" = "commentCount" + ${delta} WHERE "id" = ${reviewId}`;
}

import type { Prisma } from "@/lib/generated/prisma/client";
import { notifyAboutComment } from "@/lib/notifications/notify";

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
 * What happens when a comment becomes visible — at once, or when a moderator approves it:
 * the review's comment count goes up and the people it concerns are told.
 */
export async function applyCommentPublished(tx: Prisma.TransactionClient, comment: PublishedComment): Promise<void> {
  await tx.review.update({ where: { id: comment.reviewId }, data: { commentCount: { increment: 1 } } });
  if (comment.authorId) {
    await notifyAboutComment(
      tx,
      { id: comment.id, reviewId: comment.reviewId, authorId: comment.authorId },
      { parentAuthorId: comment.parentAuthorId, reviewAuthorId: comment.reviewAuthorId },
    );
  }
}

/** The reverse of a publish, for the count only: a hidden or deleted comment no longer counts. */
export async function applyCommentUnpublished(tx: Prisma.TransactionClient, reviewId: string): Promise<void> {
  await tx.review.update({ where: { id: reviewId }, data: { commentCount: { decrement: 1 } } });
}

import type { Prisma } from "@/lib/generated/prisma/client";
import type { ContentState } from "@/lib/generated/prisma/enums";
import { applyCommentPublished, applyCommentUnpublished, loadPublishedComment } from "@/lib/comments/publish-effects";

export type ContentKind = "REVIEW" | "COMMENT";
export interface ContentSnapshot {
  state: ContentState;
  stateReason: string | null;
}

/** A review or a comment, as moderation sees it. */
export async function readContentState(tx: Prisma.TransactionClient, kind: ContentKind, id: string): Promise<(ContentSnapshot & { reviewId: string; authorId: string | null }) | null> {
  if (kind === "REVIEW") {
    const review = await tx.review.findUnique({ where: { id }, select: { id: true, state: true, stateReason: true, authorId: true } });
    return review && { state: review.state, stateReason: review.stateReason, reviewId: review.id, authorId: review.authorId };
  }
  const comment = await tx.comment.findUnique({ where: { id }, select: { state: true, stateReason: true, reviewId: true, authorId: true } });
  return comment;
}

/**
 * Moves a review or comment to `next`, but only from the state `expected` (so two
 * moderators acting at once can't both succeed), and keeps the review's comment count in step.
 * Returns false when the item was not in the expected state.
 */
export async function moveContentState(
  tx: Prisma.TransactionClient,
  kind: ContentKind,
  id: string,
  expected: ContentState,
  next: ContentSnapshot,
): Promise<boolean> {
  const data = { state: next.state, stateReason: next.stateReason, deletedAt: next.state === "DELETED" ? new Date() : null };
  const { count } =
    kind === "REVIEW"
      ? await tx.review.updateMany({ where: { id, state: expected }, data })
      : await tx.comment.updateMany({ where: { id, state: expected }, data });
  if (count === 0) return false;

  if (kind === "COMMENT" && (expected === "PUBLISHED") !== (next.state === "PUBLISHED")) {
    if (next.state === "PUBLISHED") {
      // Counted again; its people are told only the first time it appears.
      await applyCommentPublished(tx, await loadPublishedComment(tx, id));
    } else {
      const { reviewId } = await tx.comment.findUniqueOrThrow({ where: { id }, select: { reviewId: true } });
      await applyCommentUnpublished(tx, reviewId);
    }
  }
  return true;
}

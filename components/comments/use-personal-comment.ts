"use client";

import { useViewerLayer, type PersonalReview } from "@/components/viewer/viewer-layer";
import type { CommentData } from "./thread-data";

/** A comment with what the viewer layer says of it: the member's own, upvoted, still editable. */
export function personalComment(comment: CommentData, review: PersonalReview): CommentData {
  const editable = review.editableComments[comment.id];
  return {
    ...comment,
    ...(review.ownComments.has(comment.id) && { own: true }),
    ...(review.upvotedComments.has(comment.id) && { upvoted: true }),
    ...(editable !== undefined && !comment.status && { editable }),
  };
}

/**
 * A comment as this member sees it. A live render already says whether it is theirs, whether
 * they upvoted it and whether they may still edit it; on the shared member page those come
 * from the viewer layer once it arrives (until then, every comment reads as someone else's).
 */
export function usePersonalComment(comment: CommentData, reviewId: string): CommentData {
  const { review } = useViewerLayer();
  return review?.reviewId === reviewId ? personalComment(comment, review) : comment;
}

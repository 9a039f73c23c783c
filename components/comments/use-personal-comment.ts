"use client";

import { useViewerLayer, type PersonalReview } from "@/lib/page-cache/viewer-layer-provider";
import type { CommentData } from "./thread-data";

/** A comment with what the viewer layer says of it: the member's own, upvoted, still editable. */
export function personalComment(comment: CommentData, review: PersonalReview): CommentData {
  const editable = review.editableComments[comment.id];
  return {
    ...comment,
    ...(review.ownComments.has(comment.id) && { own: true }),
    ...(review.upvotedComments.has(comment.id) && { upvoted: true }),
    // A page that shows it hidden (the layer may be newer than a cached page) offers no edit.
    ...(editable !== undefined && comment.status !== "hidden" && { editable }),
  };
}

/**
 * A comment as this member sees it: whether it is theirs, whether they upvoted it and whether
 * they may still edit it come from the viewer layer, which a live render brings with it and the
 * shared member page fetches (until it arrives, every comment reads as someone else's).
 */
export function usePersonalComment(comment: CommentData, reviewId: string): CommentData {
  const { review } = useViewerLayer();
  return review?.reviewId === reviewId ? personalComment(comment, review) : comment;
}

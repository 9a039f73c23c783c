"use client";

import { useViewerLayer } from "@/components/viewer/viewer-layer";
import { ReviewActionsView, type ReviewActionsTarget, type ReviewReader } from "./review-actions-view";

/** A review's actions on the shared member page: whose review it is, and the vote, from the viewer layer. */
export function SharedReviewActions({ review }: { review: ReviewActionsTarget }) {
  const { review: personal, account } = useViewerLayer();
  const mine = personal?.reviewId === review.id ? personal : null;
  const reader: ReviewReader = {
    kind: "member",
    isOwn: mine?.isOwnReview ?? false,
    voted: mine?.markedHelpful ?? false,
    suspended: Boolean(account?.suspension),
  };
  return <ReviewActionsView review={review} reader={reader} />;
}

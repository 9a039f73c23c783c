import type { PageViewer } from "@/lib/page-viewer";
import type { ViewableReview } from "@/lib/queries/review-page";
import { ReviewActionsView, type ReviewActionsTarget } from "./review-actions-view";
import { SharedReviewActions } from "./shared-review-actions";

/** Under a review: the helpful vote, and for its author, Edit and Delete (ReviewActionsView). */
export function ReviewActions({ review, viewer, voted }: { review: ViewableReview; viewer: PageViewer; voted: boolean }) {
  const target: ReviewActionsTarget = { id: review.id, published: review.state === "PUBLISHED", helpfulCount: review.helpfulCount };
  if (viewer.kind === "members") return <SharedReviewActions review={target} />;
  if (viewer.kind === "guest") return <ReviewActionsView review={target} reader={{ kind: "guest" }} />;
  return <ReviewActionsView review={target} reader={{ kind: "member", isOwn: review.isOwn, voted, suspended: viewer.user.isBanned }} />;
}

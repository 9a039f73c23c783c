import Link from "next/link";
import { signInHref } from "@/components/auth/auth-links";
import type { ViewableReview } from "@/lib/queries/review-page";
import type { CurrentUser } from "@/lib/session";
import { pluralize } from "@/lib/format/counts";
import { DeleteReviewButton } from "./delete-review-button";
import { HelpfulButton } from "./helpful-button";

const QUIET_LINK = "inline-flex h-8 items-center rounded-lg px-3 text-sm font-medium text-muted transition-colors hover:bg-sunken hover:text-ink";

function HelpfulControl({ review, viewer, voted }: { review: ViewableReview; viewer: CurrentUser | null; voted: boolean }) {
  const path = `/reviews/${review.id}`;
  const count = review.helpfulCount;
  // Only published reviews take votes, and never their author's own.
  if (review.state !== "PUBLISHED" || review.isOwn) {
    return count > 0 ? <p className="text-sm text-muted">{pluralize(count, "person", "people")} found this helpful</p> : <span />;
  }
  if (!viewer) {
    return (
      <Link
        href={signInHref(path)}
        className="inline-flex h-9 items-center rounded-lg border border-line-strong bg-surface px-3 text-sm font-medium text-ink tabular-nums hover:bg-sunken"
      >
        Helpful ({count})<span className="sr-only"> — sign in to vote</span>
      </Link>
    );
  }
  if (viewer.isBanned) {
    return <p className="text-sm text-muted">Helpful ({count}) · suspended accounts can&rsquo;t vote</p>;
  }
  return <HelpfulButton reviewId={review.id} count={count} voted={voted} />;
}

/** Under a review: the helpful vote, and for its author, Edit and Delete. */
export function ReviewActions({ review, viewer, voted }: { review: ViewableReview; viewer: CurrentUser | null; voted: boolean }) {
  const canManage = review.isOwn && viewer !== null && !viewer.isBanned;
  return (
    <div className="mt-10 flex flex-wrap items-center justify-between gap-3">
      <HelpfulControl review={review} viewer={viewer} voted={voted} />
      {canManage && (
        <div className="flex flex-wrap items-center gap-1">
          <Link href={`/reviews/${review.id}/edit`} className={QUIET_LINK}>
            Edit
          </Link>
          <DeleteReviewButton reviewId={review.id} />
        </div>
      )}
    </div>
  );
}

"use client";

import Link from "next/link";
import { signInHref } from "@/components/auth/auth-links";
import { useViewerLayer } from "@/lib/page-cache/viewer-layer-provider";
import { pluralize } from "@/lib/format/counts";
import { DeleteReviewButton } from "./delete-review-button";
import { HelpfulButton } from "./helpful-button";

const QUIET_LINK = "inline-flex h-8 items-center rounded-lg px-3 text-sm font-medium text-muted transition-colors hover:bg-sunken hover:text-ink";

/** The review, as far as its actions go. */
export interface ReviewActionsTarget {
  id: string;
  published: boolean;
  helpfulCount: number;
}

/** Who is reading it, as far as its actions go. */
type ReviewReader = { kind: "guest" } | { kind: "member"; isOwn: boolean; voted: boolean; suspended: boolean };

/**
 * The reader, from the viewer layer. A shared member page whose layer hasn't arrived (or
 * failed) shows a member's controls for someone else's review, unvoted: what most members see.
 */
function useReviewReader(reviewId: string): ReviewReader {
  const { status, account, review } = useViewerLayer();
  if (!account && (status === "ready" || status === "off")) return { kind: "guest" };
  const mine = review?.reviewId === reviewId ? review : null;
  return { kind: "member", isOwn: mine?.isOwnReview ?? false, voted: mine?.markedHelpful ?? false, suspended: Boolean(account?.suspension) };
}

function HelpfulControl({ review, reader }: { review: ReviewActionsTarget; reader: ReviewReader }) {
  const count = review.helpfulCount;
  // Only published reviews take votes, and never their author's own.
  if (!review.published || (reader.kind === "member" && reader.isOwn)) {
    return count > 0 ? <p className="text-sm text-muted">{pluralize(count, "person", "people")} found this helpful</p> : <span />;
  }
  if (reader.kind === "guest") {
    return (
      <Link
        href={signInHref(`/reviews/${review.id}`)}
        className="inline-flex h-9 items-center rounded-lg border border-line-strong bg-surface px-3 text-sm font-medium text-ink tabular-nums hover:bg-sunken"
      >
        Helpful ({count})<span className="sr-only"> — sign in to vote</span>
      </Link>
    );
  }
  if (reader.suspended) {
    return <p className="text-sm text-muted">Helpful ({count}) · suspended accounts can&rsquo;t vote</p>;
  }
  return <HelpfulButton reviewId={review.id} count={count} voted={reader.voted} />;
}

/** Under a review: the helpful vote, and for its author, Edit and Delete; who reads it comes from the viewer layer. */
export function ReviewActions({ review }: { review: ReviewActionsTarget }) {
  const reader = useReviewReader(review.id);
  const canManage = reader.kind === "member" && reader.isOwn && !reader.suspended;
  return (
    <div className="mt-10 flex flex-wrap items-center justify-between gap-3">
      <HelpfulControl review={review} reader={reader} />
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

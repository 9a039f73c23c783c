import Link from "next/link";
import type { ViewableReview } from "@/lib/queries/review-page";

/**
 * Shown above a review that is not public, to the only people who can see it (its author and
 * moderators): what is happening, why, and what the author can do. Calm, not alarming.
 */
export function ReviewStateNotice({ review }: { review: ViewableReview }) {
  if (review.state !== "PENDING" && review.state !== "HIDDEN") return null;
  const pending = review.state === "PENDING";
  const title = pending ? "Waiting for a moderator" : "Hidden by a moderator";
  const explanation = review.isOwn
    ? pending
      ? "Your review is saved. A moderator will look at it soon; until then only you can see it."
      : "Only you can see this review now. You can still edit it."
    : pending
      ? "Held for review. Only its author and moderators can see it."
      : "Hidden from readers. Only its author and moderators can see it.";

  return (
    <section aria-labelledby="review-state-heading" className="mt-8 rounded-xl border border-line-strong bg-sunken px-5 py-4 text-sm">
      <h2 id="review-state-heading" className="font-semibold text-ink">
        {title}
      </h2>
      <p className="mt-1 text-ink/90">{explanation}</p>
      {review.stateReason && (
        <p className="mt-1 text-muted">
          <span className="font-medium text-ink">Reason:</span> {review.stateReason}
        </p>
      )}
      {review.isOwn && (
        <p className="mt-2">
          <Link href={`/reviews/${review.id}/edit`} className="font-medium text-accent-text underline underline-offset-4">
            Edit your review
          </Link>
        </p>
      )}
    </section>
  );
}

import Link from "next/link";
import type { ReviewDetail } from "@/lib/queries/reviews";
import { formatExactDateTime } from "@/lib/format/dates";
import { reviewTitle } from "@/lib/format/review-title";
import { ReviewRating } from "@/components/ui/star-rating-display";
import { MetaLine } from "@/components/ui/meta-line";
import { AuthorCredit } from "./author-credit";
import { ReviewDate } from "./review-date";
import { ReviewKindBadge } from "./review-kind-badge";

/** Title, byline (who, when, whether edited, with a link to its history), kind and rating: the top of a review's page. */
export function ReviewHeader({ review }: { review: ReviewDetail }) {
  return (
    <header>
      <div className="flex flex-wrap items-center gap-3">
        <ReviewKindBadge date={review.date} />
        <ReviewRating rating={review.rating} size="md" />
      </div>
      <h1 className="mt-4 font-serif text-4xl leading-[1.15] font-semibold tracking-tight text-balance sm:text-5xl">
        {reviewTitle(review)}
      </h1>
      <MetaLine className="mt-5 text-base text-muted">
        <span>
          By <AuthorCredit credit={review.credit} className="font-semibold text-ink" />
        </span>
        <ReviewDate date={review.date} />
        {review.editedAt && (
          <span>
            <span title={`Edited ${formatExactDateTime(review.editedAt)}`}>edited</span> (
            <Link
              href={`/reviews/${review.id}/history`}
              className="rounded-sm text-ink underline decoration-line-strong underline-offset-4 hover:decoration-accent"
            >
              History
            </Link>
            )
          </span>
        )}
      </MetaLine>
    </header>
  );
}

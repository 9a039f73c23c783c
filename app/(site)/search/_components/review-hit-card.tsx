import Link from "next/link";
import { StretchedLink } from "@/components/ui/stretched-link";
import type { ReviewHit } from "@/lib/queries/search";
import { reviewTitle } from "@/lib/format/review-title";
import { AuthorCredit } from "@/components/reviews/author-credit";
import { ReviewDate } from "@/components/reviews/review-date";
import { ReviewKindBadge } from "@/components/reviews/review-kind-badge";
import { MetaLine } from "@/components/ui/meta-line";
import { StarRatingDisplay } from "@/components/ui/star-rating-display";
import { HighlightedText } from "./highlighted-text";

/** A review found by search: like a review card, with the matching words marked. */
export function ReviewHitCard({ review }: { review: ReviewHit }) {
  return (
    <article className="group relative py-6">
      <div className="flex flex-wrap items-center gap-3">
        <ReviewKindBadge date={review.date} />
        {review.rating !== null && <StarRatingDisplay stars={review.rating / 2} size="sm" />}
      </div>
      <h3 className="mt-2.5 font-serif text-xl leading-snug font-semibold text-ink">
        <StretchedLink href={`/reviews/${review.id}`}>
          {review.title ? <HighlightedText parts={review.title} /> : reviewTitle({ title: null, credit: review.credit })}
        </StretchedLink>
      </h3>
      <MetaLine className="mt-1.5 text-sm text-muted">
        <span>
          By <AuthorCredit credit={review.credit} className="relative z-10 font-medium text-ink" />
        </span>
        <span>
          on{" "}
          <Link href={`/films/${review.film.slug}`} className="relative z-10 font-medium text-ink underline-offset-4 hover:underline">
            {review.film.title}
            {review.film.year ? ` (${review.film.year})` : ""}
          </Link>
        </span>
        {(review.date.kind === "posted" || review.date.on) && <ReviewDate date={review.date} />}
      </MetaLine>
      {review.hasSpoilers ? (
        <p className="mt-3 text-sm text-muted italic">This review contains spoilers; the excerpt is hidden.</p>
      ) : (
        review.snippet && (
          <p className="mt-3 max-w-[68ch] font-serif text-[1.0625rem] leading-relaxed text-ink/85">
            <HighlightedText parts={review.snippet} />
          </p>
        )
      )}
    </article>
  );
}

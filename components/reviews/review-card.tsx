import Link from "next/link";
import { StretchedLink } from "@/components/ui/stretched-link";
import type { ReviewCardData } from "@/lib/queries/reviews";
import { showsReviewCard } from "@/lib/page-cache/shared-page";
import { pluralize } from "@/lib/format/counts";
import { reviewTitle } from "@/lib/format/review-title";
import { StarRatingDisplay } from "@/components/ui/star-rating-display";
import { MetaLine } from "@/components/ui/meta-line";
import { AuthorCredit } from "./author-credit";
import { ReviewDate } from "./review-date";
import { ReviewKindBadge } from "./review-kind-badge";

/**
 * A review in a list: kind and rating, the title (the link), who and when, and a plain-text
 * excerpt, and its counts. `showFilm` names the film, for lists that mix films (the home page).
 */
export function ReviewCard({ review, showFilm = false }: { review: ReviewCardData; showFilm?: boolean }) {
  // Its counts change on their own: a cached page showing the card expires with them.
  showsReviewCard(review.id);
  return (
    <article className="group relative py-6">
      <div className="flex flex-wrap items-center gap-3">
        <ReviewKindBadge date={review.date} />
        {review.rating !== null && <StarRatingDisplay stars={review.rating / 2} size="sm" />}
      </div>
      <h3 className="mt-2.5 font-serif text-xl leading-snug font-semibold text-ink sm:text-2xl">
        {/* The title link stretches over the card, so the whole card is one click target. */}
        <StretchedLink href={`/reviews/${review.id}`}>
          {reviewTitle(review)}
        </StretchedLink>
      </h3>
      <MetaLine className="mt-1.5 text-sm text-muted">
        <span>
          By <AuthorCredit credit={review.credit} className="relative z-10 font-medium text-ink" />
        </span>
        {/* In a list, an undated import just shows no date; its own page says why. */}
        {(review.date.kind === "posted" || review.date.on) && <ReviewDate date={review.date} />}
      </MetaLine>
      {review.hasSpoilers ? (
        <p className="mt-3 text-sm text-muted italic">This review contains spoilers; the excerpt is hidden.</p>
      ) : (
        review.excerpt && (
          <p className="mt-3 max-w-[68ch] font-serif text-[1.0625rem] leading-relaxed text-ink/85">{review.excerpt}</p>
        )
      )}
      <MetaLine className="mt-3 text-sm text-muted">
        {showFilm && (
          <span>
            on{" "}
            <Link
              href={`/films/${review.film.slug}`}
              className="relative z-10 font-medium text-ink underline-offset-4 hover:underline"
            >
              {review.film.title}
              {review.film.year ? ` (${review.film.year})` : ""}
            </Link>
          </span>
        )}
        <span>{pluralize(review.commentCount, "comment")}</span>
        {review.helpfulCount > 0 && <span>{pluralize(review.helpfulCount, "person", "people")} found this helpful</span>}
      </MetaLine>
    </article>
  );
}

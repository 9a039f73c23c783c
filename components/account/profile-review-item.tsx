import Link from "next/link";
import { StretchedLink } from "@/components/ui/stretched-link";
import type { ProfileReview } from "@/lib/queries/users";
import { pluralize } from "@/lib/format/counts";
import { formatCalendarDate, formatExactDateTime } from "@/lib/format/dates";
import { MetaLine } from "@/components/ui/meta-line";
import { ReviewRating } from "@/components/ui/star-rating-display";

/** One of a member's reviews on their profile: which film, the rating, the title (the link), an excerpt. */
export function ProfileReviewItem({ review }: { review: ProfileReview }) {
  const film = review.film.year ? `${review.film.title} (${review.film.year})` : review.film.title;
  return (
    <article className="group relative py-6">
      <MetaLine className="text-sm text-muted">
        <Link href={`/films/${review.film.slug}`} className="relative z-10 font-medium text-ink underline-offset-4 hover:underline">
          {film}
        </Link>
        <time dateTime={review.createdAt.toISOString()} title={formatExactDateTime(review.createdAt)}>
          {formatCalendarDate(review.createdAt)}
        </time>
      </MetaLine>
      <h3 className="mt-2 font-serif text-xl leading-snug font-semibold text-ink sm:text-2xl">
        {/* The title link stretches over the card, so the whole card is one click target. */}
        <StretchedLink href={`/reviews/${review.id}`}>
          {review.title}
        </StretchedLink>
      </h3>
      <div className="mt-2">
        <ReviewRating rating={review.rating} size="sm" />
      </div>
      {review.hasSpoilers ? (
        <p className="mt-3 text-sm text-muted italic">This review contains spoilers; the excerpt is hidden.</p>
      ) : (
        review.excerpt && <p className="mt-3 max-w-[68ch] font-serif text-[1.0625rem] leading-relaxed text-ink/85">{review.excerpt}</p>
      )}
      <p className="mt-3 text-sm text-muted">{pluralize(review.commentCount, "comment")}</p>
    </article>
  );
}

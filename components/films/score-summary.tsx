import type { ScoreSummary } from "@/lib/queries/film-scores";
import { pluralize } from "@/lib/format/counts";
import { StarRatingDisplay } from "@/components/ui/star-rating-display";
import { RatingHistogram } from "./rating-histogram";

export const SCORE_SIDES = {
  critics: { title: "Critics", hint: "Reviews imported from blogs and publications" },
  community: { title: "Community", hint: "Reviews by Marquee members" },
} as const;

export type ScoreSide = keyof typeof SCORE_SIDES;

/** "1 rating · 5 reviews", or just "5 reviews" when the two agree. */
export function scoreCounts(summary: ScoreSummary): string {
  if (summary.ratingCount === summary.reviewCount) return pluralize(summary.reviewCount, "review");
  return `${pluralize(summary.ratingCount, "rating")} · ${pluralize(summary.reviewCount, "review")}`;
}

/** One side of a film's score, in full: average, stars, counts and the histogram. */
export function ScoreSummaryPanel({ side, summary }: { side: ScoreSide; summary: ScoreSummary }) {
  const { title, hint } = SCORE_SIDES[side];
  const headingId = `score-${side}`;
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-line bg-surface p-5">
      <h3 id={headingId} className="text-sm font-semibold tracking-wide text-muted uppercase">
        {title}
      </h3>
      <p className="mt-0.5 text-xs text-muted">{hint}</p>
      <div className="mt-4">
        {summary.averageStars === null ? (
          <p className="text-base text-muted">No ratings yet</p>
        ) : (
          <StarRatingDisplay stars={summary.averageStars} size="lg" />
        )}
        <p className="mt-1 text-sm text-muted">{scoreCounts(summary)}</p>
      </div>
      {summary.ratingCount > 0 && (
        <div className="mt-4">
          <RatingHistogram histogram={summary.histogram} label={`${title} ratings by number of stars`} />
        </div>
      )}
    </section>
  );
}

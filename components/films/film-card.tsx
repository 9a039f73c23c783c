import Link from "next/link";
import type { FilmSummary } from "@/lib/queries/films";
import type { FilmScores, ScoreSummary } from "@/lib/queries/film-scores";
import { StarRatingDisplay } from "@/components/ui/star-rating-display";
import { SCORE_SIDES, scoreCounts, type ScoreSide } from "./score-summary";

function CardScore({ side, summary }: { side: ScoreSide; summary: ScoreSummary }) {
  return (
    <div>
      <dt className="text-xs font-semibold tracking-wide text-muted uppercase">{SCORE_SIDES[side].title}</dt>
      <dd className="mt-1">
        {summary.averageStars === null ? (
          <span className="text-sm text-muted">No ratings yet</span>
        ) : (
          <StarRatingDisplay stars={summary.averageStars} size="sm" />
        )}
        <span className="mt-0.5 block text-xs text-muted">{scoreCounts(summary)}</span>
      </dd>
    </div>
  );
}

/**
 * A film as a typographic card: no poster exists, so the title does the work, set large in
 * the serif, with year, director and both scores. The whole card is one link target.
 */
export function FilmCard({
  film,
  scores,
  headingLevel = "h3",
}: {
  film: FilmSummary;
  scores: FilmScores;
  /** Where the card sits in the page outline: h2 on the films index, h3 under a section. */
  headingLevel?: "h2" | "h3";
}) {
  const Heading = headingLevel;
  return (
    <article className="group relative flex h-full flex-col rounded-xl border border-line bg-surface p-6 transition-colors hover:border-line-strong">
      <div className="h-1 w-10 rounded-full bg-star" aria-hidden="true" />
      <Heading className="mt-5 font-serif text-3xl leading-tight font-semibold tracking-tight">
        <Link
          href={`/films/${film.slug}`}
          className="after:absolute after:inset-0 after:rounded-xl after:content-[''] group-hover:underline group-hover:decoration-star group-hover:decoration-2 group-hover:underline-offset-4 focus-visible:outline-none focus-visible:after:outline-2 focus-visible:after:outline-offset-2 focus-visible:after:outline-focus"
        >
          {film.title}
        </Link>
      </Heading>
      <p className="mt-1 text-sm text-muted">
        {[film.year, film.director && `Directed by ${film.director}`].filter(Boolean).join(" · ")}
      </p>
      <dl className="mt-6 grid grid-cols-2 gap-4 border-t border-line pt-4">
        <CardScore side="critics" summary={scores.critics} />
        <CardScore side="community" summary={scores.community} />
      </dl>
    </article>
  );
}

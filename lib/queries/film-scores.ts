import "server-only";
import { db } from "@/lib/db";
import { RATING_VALUES, ratingToStars } from "@/lib/format/rating";

/** One side's score: critics (imported reviews) or community (members' reviews). */
export interface ScoreSummary {
  /** Published reviews, rated or not. */
  reviewCount: number;
  /** Published reviews that carry a rating. */
  ratingCount: number;
  /** Mean rating in stars (0.5..5), or null when nobody rated. */
  averageStars: number | null;
  /** Ten buckets, index 0 = ½ star … index 9 = 5 stars: how many reviews gave each rating. */
  histogram: number[];
}

export interface FilmScores {
  critics: ScoreSummary;
  community: ScoreSummary;
}

function emptySummary(): ScoreSummary {
  return { reviewCount: 0, ratingCount: 0, averageStars: null, histogram: RATING_VALUES.map(() => 0) };
}

function emptyScores(): FilmScores {
  return { critics: emptySummary(), community: emptySummary() };
}

/**
 * Critics' and community scores for several films, in one query, from the tallies of
 * published reviews per film, side and rating (FilmRatingTally, kept by a trigger on Review):
 * at most 22 rows a film, however many reviews it has. A film with no reviews gets zeros and
 * a null average.
 */
export async function getFilmScores(filmIds: readonly string[]): Promise<Map<string, FilmScores>> {
  const scores = new Map<string, FilmScores>(filmIds.map((id) => [id, emptyScores()]));
  if (filmIds.length === 0) return scores;

  const tallies = await db.filmRatingTally.findMany({
    where: { filmId: { in: [...filmIds] }, reviews: { gt: 0 } },
    select: { filmId: true, isCritic: true, rating: true, reviews: true },
  });
  const ratingSums = new Map<ScoreSummary, number>();
  for (const tally of tallies) {
    const film = scores.get(tally.filmId);
    if (!film) continue;
    const summary = tally.isCritic ? film.critics : film.community;
    summary.reviewCount += tally.reviews;
    // Rating 0 is "no rating": such reviews count, but not towards the average or histogram.
    if (tally.rating < 1 || tally.rating > summary.histogram.length) continue;
    summary.ratingCount += tally.reviews;
    summary.histogram[tally.rating - 1] = tally.reviews;
    ratingSums.set(summary, (ratingSums.get(summary) ?? 0) + tally.rating * tally.reviews);
  }
  for (const [summary, sum] of ratingSums) summary.averageStars = ratingToStars(sum / summary.ratingCount);
  return scores;
}

export async function getFilmScore(filmId: string): Promise<FilmScores> {
  return (await getFilmScores([filmId])).get(filmId) ?? emptyScores();
}

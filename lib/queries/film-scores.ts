import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
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

interface ScoreRow {
  filmId: string;
  isCritic: boolean;
  /** True for a side's total row; false for one histogram bucket. */
  isTotal: boolean;
  rating: number | null;
  reviews: number;
  ratings: number;
  averageRating: number | null;
}

function emptySummary(): ScoreSummary {
  return { reviewCount: 0, ratingCount: 0, averageStars: null, histogram: RATING_VALUES.map(() => 0) };
}

function emptyScores(): FilmScores {
  return { critics: emptySummary(), community: emptySummary() };
}

function addRow(summary: ScoreSummary, row: ScoreRow): void {
  if (row.isTotal) {
    summary.reviewCount = row.reviews;
    summary.ratingCount = row.ratings;
    summary.averageStars = row.averageRating === null ? null : ratingToStars(Number(row.averageRating));
    return;
  }
  if (row.rating === null) return; // unrated reviews count towards reviewCount only
  const bucket = row.rating - 1;
  if (bucket >= 0 && bucket < summary.histogram.length) summary.histogram[bucket] = row.reviews;
}

/**
 * Critics' and community scores for several films, in one query. PostgreSQL groups the
 * published reviews twice (GROUPING SETS): per film, side and rating for the histogram, and
 * per film and side for the totals and AVG. A film with no reviews gets zeros and a null
 * average.
 */
export async function getFilmScores(filmIds: readonly string[]): Promise<Map<string, FilmScores>> {
  const scores = new Map<string, FilmScores>(filmIds.map((id) => [id, emptyScores()]));
  if (filmIds.length === 0) return scores;

  // Critics wrote imported reviews (a source author); the community wrote the rest (a user).
  const rows = await db.$queryRaw<ScoreRow[]>`
    SELECT "filmId",
           ("sourceAuthorId" IS NOT NULL) AS "isCritic",
           "rating",
           GROUPING("rating") = 1 AS "isTotal",
           COUNT(*)::int AS "reviews",
           COUNT("rating")::int AS "ratings",
           AVG("rating")::float8 AS "averageRating"
    FROM "Review"
    WHERE "filmId" IN (${Prisma.join([...filmIds])})
      AND "state" = 'PUBLISHED'
    GROUP BY GROUPING SETS (
      ("filmId", ("sourceAuthorId" IS NOT NULL), "rating"),
      ("filmId", ("sourceAuthorId" IS NOT NULL))
    )`;

  for (const row of rows) {
    const film = scores.get(row.filmId);
    if (film) addRow(row.isCritic ? film.critics : film.community, row);
  }
  return scores;
}

export async function getFilmScore(filmId: string): Promise<FilmScores> {
  return (await getFilmScores([filmId])).get(filmId) ?? emptyScores();
}

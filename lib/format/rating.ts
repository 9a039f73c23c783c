// Ratings are stored as half stars, the integers 1..10; people read them as 0.5..5 stars.

export const HALF_STARS_PER_STAR = 2;
export const MAX_STARS = 5;
/** The stored values, lowest first: 1 = ½ star … 10 = 5 stars. */
export const RATING_VALUES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** 9 → 4.5 */
export function ratingToStars(rating: number): number {
  return rating / HALF_STARS_PER_STAR;
}

/** 4.5 → "4.5", 5 → "5.0": always one decimal, so a column of ratings lines up. */
export function formatStars(stars: number): string {
  return stars.toFixed(1);
}

/** "1 star", "4.5 stars", "5 stars": a rating in words, without the scale. */
export function formatStarCount(stars: number): string {
  const value = Number.isInteger(stars) ? String(stars) : stars.toFixed(1);
  return `${value} ${stars === 1 ? "star" : "stars"}`;
}

/** For screen readers and titles: "4.5 stars out of 5", "1 star out of 5". */
export function starsLabel(stars: number): string {
  return `${formatStarCount(stars)} out of ${MAX_STARS}`;
}

/** Averages are rounded to the nearest half star for drawing; the number keeps one decimal. */
export function roundToHalfStar(stars: number): number {
  return Math.round(stars * HALF_STARS_PER_STAR) / HALF_STARS_PER_STAR;
}

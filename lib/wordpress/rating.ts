// A post's rating, only where it states one in a form we can read: "4/4", "3.5/5", "8/10",
// "3 out of 4 stars", "★★★½", or a `rating` custom field. Never guessed: no statement, no rating.
// Ratings are stored in half stars (1..10), so 4/4 is 10 and 3.5/5 is 7.
import { HALF_STARS_PER_STAR, MAX_STARS } from "@/lib/format/rating";

const SCALES = new Set([4, 5, 10, 100]);
const NUMBER = String.raw`(\d{1,3}(?:[.,]\d{1,2})?|\d?\s?½)`;
/** "3.5/5", "3½ / 4", "3 out of 4", with an optional "stars" after. */
const FRACTION = new RegExp(String.raw`(?<![\d.,/])${NUMBER}\s*(?:\/|out\s+of)\s*(\d{1,3})(?![\d.,]*\/)(?![\d])(\s*stars?)?`, "giu");
const STARS = /(★+)(½?)(☆*)/u;
/** Words that introduce a rating; after one, a fraction anywhere on the line is a rating. */
const LABEL = /\b(?:rating|rated|grade|score|verdict|stars?|my\s+rating)\b\s*[:\-–—]?\s*$/iu;

function toNumber(text: string): number {
  const cleaned = text.replace(/\s/g, "").replace(",", ".");
  if (cleaned.endsWith("½")) return Number(cleaned.slice(0, -1) || 0) + 0.5;
  return Number(cleaned);
}

/** A value on a scale → half stars 1..10; null when it can't be one (0, or more than the scale). */
export function toHalfStars(value: number, scale: number): number | null {
  if (!Number.isFinite(value) || value <= 0 || value > scale || !SCALES.has(scale)) return null;
  const halfStars = Math.round((value / scale) * MAX_STARS * HALF_STARS_PER_STAR);
  return Math.min(Math.max(halfStars, 1), MAX_STARS * HALF_STARS_PER_STAR);
}

function starsRating(line: string): number | null {
  const match = STARS.exec(line);
  if (!match) return null;
  const full = match[1]!.length;
  const total = full + (match[2] ? 1 : 0) + match[3]!.length;
  if (full > MAX_STARS || total > MAX_STARS) return null;
  return toHalfStars(full + (match[2] ? 0.5 : 0), MAX_STARS);
}

/**
 * A fraction is a rating when it opens a line or paragraph ("4/4 – Leave it to Spike Jonze…"),
 * follows a label ("Rating: 3.5/5"), or is the whole line; and is not followed by a word
 * ("3/4 of the film" is not a rating).
 */
function fractionRating(line: string): number | null {
  for (const match of line.matchAll(FRACTION)) {
    const before = line.slice(0, match.index).replace(/[*_>#\s]+$/u, "");
    const after = line.slice(match.index + match[0].length);
    const opensLine = /^[\s*_>#-]*$/u.test(before);
    const labelled = LABEL.test(line.slice(0, match.index).replace(/[*_]/g, ""));
    if (!opensLine && !labelled) continue;
    if (!match[3] && /^\s*[\p{L}\d]/u.test(after) && !/^\s*(?:stars?)\b/iu.test(after)) continue;
    const rating = toHalfStars(toNumber(match[1]!), Number(match[2]));
    if (rating !== null) return rating;
  }
  return null;
}

/** The first rating the text states, line by line; null when it states none. */
export function ratingFromText(text: string): number | null {
  for (const line of text.split("\n")) {
    const rating = fractionRating(line) ?? starsRating(line);
    if (rating !== null) return rating;
  }
  return null;
}

/** A `rating` custom field: "3.5/5", "★★★", or a bare number (out of 5, or out of 10 above 5). */
export function ratingFromMeta(meta: Record<string, string>): number | null {
  const entry = Object.entries(meta).find(([key]) => key.trim().toLowerCase() === "rating");
  const value = entry?.[1].trim();
  if (!value) return null;
  const fraction = /^(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:\/|out\s+of)\s*(\d{1,3})/iu.exec(value);
  if (fraction) return toHalfStars(toNumber(fraction[1]!), Number(fraction[2]));
  if (/^\d{1,2}(?:[.,]\d{1,2})?$/.test(value)) {
    const number = toNumber(value);
    return toHalfStars(number, number <= MAX_STARS ? MAX_STARS : 10);
  }
  return starsRating(value);
}

/** The custom field wins: it is the blog's own structured rating. */
export function postRating(meta: Record<string, string>, text: string): number | null {
  return ratingFromMeta(meta) ?? ratingFromText(text);
}

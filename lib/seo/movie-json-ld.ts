import type { FilmDetail } from "@/lib/queries/films";
import type { ScoreSummary } from "@/lib/queries/film-scores";
import { isoCalendarDate } from "@/lib/format/dates";
import { absoluteUrl } from "./json-ld";

const person = (name: string) => ({ "@type": "Person", name });

/**
 * schema.org Movie for a film page, with the community score as its AggregateRating (on the
 * 5-star scale, to one decimal). No ratings, no AggregateRating: an empty one is invalid.
 */
export function movieJsonLd(film: FilmDetail, community: ScoreSummary): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Movie",
    name: film.title,
    url: absoluteUrl(`/films/${film.slug}`),
    ...(film.logline ? { description: film.logline } : {}),
    ...(film.releaseDate ? { datePublished: isoCalendarDate(film.releaseDate) } : film.year ? { datePublished: String(film.year) } : {}),
    ...(film.director ? { director: person(film.director) } : {}),
    ...(film.writer ? { author: person(film.writer) } : {}),
    ...(film.cast.length > 0 ? { actor: film.cast.map(person) } : {}),
    ...(community.averageStars !== null && community.ratingCount > 0
      ? {
          aggregateRating: {
            "@type": "AggregateRating",
            ratingValue: Math.round(community.averageStars * 10) / 10,
            ratingCount: community.ratingCount,
            reviewCount: community.reviewCount,
            bestRating: 5,
            worstRating: 0.5,
          },
        }
      : {}),
  };
}

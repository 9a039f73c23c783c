import type { ReviewDetail } from "@/lib/queries/reviews";
import { creditName, creditProfilePath, UNKNOWN_BLOGGER } from "@/lib/format/credit";
import { isoCalendarDate } from "@/lib/format/dates";
import { ratingToStars } from "@/lib/format/rating";
import { reviewTitle } from "@/lib/format/review-title";
import { SITE_NAME } from "@/app/site-metadata";
import { absoluteUrl } from "./json-ld";

/** A member is a Person; an imported review's named author too; an unnamed source, the blog itself. */
function author(review: ReviewDetail): Record<string, unknown> {
  const credit = review.credit;
  if (credit.kind === "user") {
    const profile = creditProfilePath(credit);
    return { "@type": "Person", name: creditName(credit), ...(profile ? { url: absoluteUrl(profile) } : {}) };
  }
  if (credit.name) return { "@type": "Person", name: credit.name, ...(credit.url ? { url: credit.url } : {}) };
  const host = review.sourceUrl ? safeHostname(review.sourceUrl) : null;
  return { "@type": "Organization", name: host ?? UNKNOWN_BLOGGER };
}

function safeHostname(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}

function datePublished(review: ReviewDetail): string | null {
  if (review.date.kind === "posted") return review.date.at.toISOString();
  return review.date.on ? isoCalendarDate(review.date.on) : null;
}

/** schema.org Review of a Movie; the rating on the 5-star scale, only when there is one. */
export function reviewJsonLd(review: ReviewDetail): Record<string, unknown> {
  const published = datePublished(review);
  return {
    "@context": "https://schema.org",
    "@type": "Review",
    name: reviewTitle(review),
    url: absoluteUrl(`/reviews/${review.id}`),
    itemReviewed: {
      "@type": "Movie",
      name: review.film.title,
      url: absoluteUrl(`/films/${review.film.slug}`),
      ...(review.film.year ? { datePublished: String(review.film.year) } : {}),
    },
    author: author(review),
    publisher: { "@type": "Organization", name: SITE_NAME, url: absoluteUrl("/") },
    ...(published ? { datePublished: published } : {}),
    ...(review.editedAt ? { dateModified: review.editedAt.toISOString() } : {}),
    ...(review.rating !== null
      ? { reviewRating: { "@type": "Rating", ratingValue: ratingToStars(review.rating), bestRating: 5, worstRating: 0.5 } }
      : {}),
  };
}

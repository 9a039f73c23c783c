import type { ReviewCardData } from "@/lib/queries/reviews";
import { creditName } from "@/lib/format/credit";
import { formatStarCount, ratingToStars } from "@/lib/format/rating";
import { reviewTitle } from "@/lib/format/review-title";
import { SITE_DESCRIPTION, SITE_NAME } from "@/app/site-metadata";
import { absoluteUrl } from "./json-ld";

// Characters XML 1.0 forbids outright (most C0 controls, lone surrogates, U+FFFE/FFFF): a feed
// containing one is not well-formed and readers reject the whole thing.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an XML element or attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function element(name: string, value: string | null | undefined): string {
  return value ? `<${name}>${escapeXml(value)}</${name}>` : "";
}

function published(review: ReviewCardData): Date | null {
  return review.date.kind === "posted" ? review.date.at : review.date.on;
}

/** Plain text only: the rating, then the excerpt (spoilers never leave the site in a feed). */
function description(review: ReviewCardData): string {
  const rating = review.rating === null ? null : `Rated ${formatStarCount(ratingToStars(review.rating))} out of 5.`;
  const text = review.hasSpoilers ? "This review contains spoilers; read it on Marquee." : review.excerpt;
  return [rating, text].filter(Boolean).join(" ");
}

function item(review: ReviewCardData): string {
  const url = absoluteUrl(`/reviews/${review.id}`);
  const film = review.film.year ? `${review.film.title} (${review.film.year})` : review.film.title;
  const date = published(review);
  return [
    "<item>",
    element("title", `${reviewTitle(review)} — ${film}`),
    element("link", url),
    `<guid isPermaLink="true">${escapeXml(url)}</guid>`,
    element("dc:creator", creditName(review.credit)),
    element("category", review.film.title),
    date ? element("pubDate", date.toUTCString()) : "",
    element("description", description(review)),
    "</item>",
  ].join("");
}

/** RSS 2.0 of the latest published reviews, with absolute links from the configured origin. */
export function reviewsRssFeed(reviews: readonly ReviewCardData[], now = new Date()): string {
  const self = absoluteUrl("/feed.xml");
  const newest = reviews.map(published).find((date): date is Date => date !== null) ?? now;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "<channel>",
    element("title", `${SITE_NAME} — latest reviews`),
    element("link", absoluteUrl("/")),
    element("description", SITE_DESCRIPTION),
    "<language>en</language>",
    `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    element("lastBuildDate", newest.toUTCString()),
    ...reviews.map(item),
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}

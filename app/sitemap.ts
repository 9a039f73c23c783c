import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { listFilmSitemapEntries } from "@/lib/queries/films";
import { listReviewSitemapEntries } from "@/lib/queries/reviews";
import { absoluteUrl } from "@/lib/seo/json-ld";

/** sitemap.xml: the home page, the films index, every film and every published review. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const [films, reviews] = await Promise.all([listFilmSitemapEntries(), listReviewSitemapEntries()]);
  return [
    { url: absoluteUrl("/"), changeFrequency: "hourly", priority: 1 },
    { url: absoluteUrl("/films"), changeFrequency: "daily", priority: 0.8 },
    ...films.map((film) => ({ url: absoluteUrl(`/films/${film.slug}`), lastModified: film.updatedAt, changeFrequency: "daily" as const, priority: 0.7 })),
    ...reviews.map((review) => ({ url: absoluteUrl(`/reviews/${review.id}`), lastModified: review.updatedAt, priority: 0.5 })),
  ];
}

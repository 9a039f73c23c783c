import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isFilmSlug } from "./route-params";

const filmSummarySelect = {
  id: true,
  slug: true,
  title: true,
  year: true,
  director: true,
} satisfies Prisma.FilmSelect;

const filmDetailSelect = {
  ...filmSummarySelect,
  writer: true,
  cast: true,
  logline: true,
  releaseDate: true,
  releaseRegion: true,
} satisfies Prisma.FilmSelect;

export type FilmSummary = Prisma.FilmGetPayload<{ select: typeof filmSummarySelect }>;
export type FilmDetail = Prisma.FilmGetPayload<{ select: typeof filmDetailSelect }>;

/** Enough for an index page; search and paging arrive with the catalogue. */
const FILM_LIST_LIMIT = 200;

/** One film by its URL slug, or null. Cached per request: metadata and page share it. */
export const getFilmBySlug = cache(async (slug: string): Promise<FilmDetail | null> => {
  if (!isFilmSlug(slug)) return null;
  return db.film.findUnique({ where: { slug }, select: filmDetailSelect });
});

/** Films alphabetically, up to `limit`. */
export async function listFilms(limit: number = FILM_LIST_LIMIT): Promise<FilmSummary[]> {
  return db.film.findMany({
    select: filmSummarySelect,
    orderBy: [{ title: "asc" }, { year: "desc" }],
    take: Math.min(limit, FILM_LIST_LIMIT),
  });
}

/** Every film's address and last change, for sitemap.xml. */
export async function listFilmSitemapEntries(): Promise<{ slug: string; updatedAt: Date }[]> {
  return db.film.findMany({ select: { slug: true, updatedAt: true }, orderBy: { title: "asc" }, take: 5_000 });
}

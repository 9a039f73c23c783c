import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isRecordId } from "../route-params";

const adminFilmSelect = {
  id: true,
  slug: true,
  title: true,
  year: true,
  director: true,
  writer: true,
  cast: true,
  logline: true,
  releaseDate: true,
  releaseRegion: true,
  updatedAt: true,
  _count: { select: { reviews: true } },
} satisfies Prisma.FilmSelect;

export type AdminFilm = Prisma.FilmGetPayload<{ select: typeof adminFilmSelect }>;

/** Every film, alphabetically, with how many reviews each has (any state). */
export function listAdminFilms(): Promise<AdminFilm[]> {
  return db.film.findMany({ select: adminFilmSelect, orderBy: [{ title: "asc" }, { year: "desc" }], take: 1000 });
}

export async function getAdminFilm(id: string): Promise<AdminFilm | null> {
  if (!isRecordId(id)) return null;
  return db.film.findUnique({ where: { id }, select: adminFilmSelect });
}

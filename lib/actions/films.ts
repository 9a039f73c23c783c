"use server";

import { revalidatePath } from "next/cache";
import { fail, ok } from "@/lib/action-result";
import { ADMIN, defineAction } from "@/lib/actions/action-client";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAction } from "@/lib/moderation/audit-log";
import { createFilmSchema, filmSlugFromTitle, updateFilmSchema, type FilmFormValues } from "@/lib/validations/film";

/** The columns a film form writes, as stored. */
function filmData(input: FilmFormValues) {
  return {
    title: input.title,
    // A title with no Latin letters or digits still needs an address.
    slug: input.slug ?? (filmSlugFromTitle(input.title) || `film-${Date.now().toString(36)}`),
    year: input.year,
    director: input.director,
    writer: input.writer,
    cast: input.cast,
    logline: input.logline,
    releaseDate: input.releaseDate ? new Date(`${input.releaseDate}T00:00:00Z`) : null,
    releaseRegion: input.releaseRegion,
  };
}

type FilmData = ReturnType<typeof filmData>;

/** The audit log's picture of a film: JSON-safe, dates as calendar days. */
function snapshot(film: FilmData): Prisma.InputJsonObject {
  return { ...film, releaseDate: film.releaseDate ? film.releaseDate.toISOString().slice(0, 10) : null };
}

/** Only the fields that changed, before and after, so the log reads as a diff. */
function changedFields(before: Prisma.InputJsonObject, after: Prisma.InputJsonObject) {
  const keys = Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return {
    before: Object.fromEntries(keys.map((key) => [key, before[key] ?? null])) as Prisma.InputJsonObject,
    after: Object.fromEntries(keys.map((key) => [key, after[key] ?? null])) as Prisma.InputJsonObject,
  };
}

const isSlugClash = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

function slugTaken(slug: string) {
  return fail("Please correct the highlighted field.", { slug: [`Another film already uses /films/${slug}. Give this one its own slug.`] });
}

function revalidateFilm(slug: string) {
  revalidatePath("/films");
  revalidatePath(`/films/${slug}`);
  revalidatePath("/admin/films");
}

export const createFilmAction = defineAction({ schema: createFilmSchema, access: ADMIN }, async (input, caller) => {
  const data = filmData(input);
  try {
    const film = await db.$transaction(async (tx) => {
      const created = await tx.film.create({ data, select: { id: true, slug: true } });
      await recordAction(tx, { actorId: caller.id, action: "film.create", targetType: "FILM", targetId: created.id, after: snapshot(data) });
      return created;
    });
    revalidateFilm(film.slug);
    return ok(film);
  } catch (error) {
    if (isSlugClash(error)) return slugTaken(data.slug);
    throw error;
  }
});

export const updateFilmAction = defineAction({ schema: updateFilmSchema, access: ADMIN }, async ({ id, ...input }, caller) => {
  const current = await db.film.findUnique({
    where: { id },
    select: { title: true, slug: true, year: true, director: true, writer: true, cast: true, logline: true, releaseDate: true, releaseRegion: true },
  });
  if (!current) return fail("That film no longer exists.");
  // Editing keeps the film's address unless the admin typed a new one.
  const data = filmData({ ...input, slug: input.slug ?? current.slug });
  const diff = changedFields(snapshot(current), snapshot(data));
  if (Object.keys(diff.after).length === 0) return ok({ id, slug: current.slug });
  try {
    await db.$transaction(async (tx) => {
      await tx.film.update({ where: { id }, data });
      await recordAction(tx, { actorId: caller.id, action: "film.update", targetType: "FILM", targetId: id, ...diff });
    });
  } catch (error) {
    if (isSlugClash(error)) return slugTaken(data.slug);
    throw error;
  }
  revalidateFilm(current.slug);
  if (data.slug !== current.slug) revalidateFilm(data.slug);
  return ok({ id, slug: data.slug });
});

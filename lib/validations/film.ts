import { z } from "zod";
import { idField, storableText, unstorableTextProblem } from "./text";

// The admin film form. The client parses the form with this schema and sends the parsed
// values, which the server parses again: so every transform's output is also a valid input
// (a cast list may arrive as the typed text or as the list it became).

export const FILM_TITLE_MAX = 200;
const FILM_SLUG_MAX = 120;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "Her" → "her", "Amélie (2001)" → "amelie-2001": the URL slug a title gets by default. */
export function filmSlugFromTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, FILM_SLUG_MAX)
    .replace(/-+$/, "");
}

/** Optional one-line text: trimmed, and empty becomes null. */
function optionalText(label: string, max: number) {
  return z
    .union([z.string(), z.null()])
    .transform((value) => value ?? "")
    .pipe(storableText(label))
    .transform((value) => value.trim())
    .refine((value) => value.length <= max, `${label} can be at most ${max} characters.`)
    .transform((value) => value || null);
}

/** Names separated by commas or new lines ("Joaquin Phoenix, Amy Adams"), in order, without repeats. */
export function splitCast(value: string | readonly string[]): string[] {
  const names = (typeof value === "string" ? value.split(/[,\n]/) : value).map((name) => name.trim()).filter(Boolean);
  return [...new Set(names)];
}

const castField = z
  .union([z.string(), z.array(z.string())])
  .transform(splitCast)
  // Said of the whole list: the form has one text area for it, not a field per name.
  .superRefine((names, ctx) => {
    const problem =
      names.map((name) => unstorableTextProblem(name, "A name")).find(Boolean) ??
      (names.some((name) => name.length > 100) ? "Each name can be at most 100 characters." : null) ??
      (names.length > 100 ? "List at most 100 cast members." : null);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const yearField = z
  .union([z.string(), z.number(), z.null()])
  .transform((value) => (value === null || String(value).trim() === "" ? null : Number(String(value).trim())))
  .pipe(z.number({ error: "Enter the year as four digits." }).int("Enter the year as four digits.").min(1870, "Films start in 1870.").max(2100, "That year is too far ahead.").nullable());

/** A real calendar day (no 31 February): it survives a round trip through Date unchanged. */
function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar date, "YYYY-MM-DD" as a date input gives it; empty becomes null. */
const releaseDateField = z
  .union([z.string(), z.null()])
  .transform((value) => (value ?? "").trim() || null)
  .refine((value) => value === null || isCalendarDay(value), "Enter a date like 2014-01-10.");

const slugField = z
  .union([z.string(), z.null()])
  .transform((value) => (value ?? "").trim().toLowerCase() || null)
  .refine((value) => value === null || (value.length <= FILM_SLUG_MAX && SLUG_PATTERN.test(value)), "Use lower-case letters, digits and single hyphens, like her-2013.");

export const filmFields = {
  title: storableText("The title")
    .transform((value) => value.trim())
    .refine((value) => value.length > 0, "Enter the title.")
    .refine((value) => value.length <= FILM_TITLE_MAX, `Titles can be at most ${FILM_TITLE_MAX} characters.`),
  /** Blank: made from the title. */
  slug: slugField,
  year: yearField,
  director: optionalText("The director", 200),
  writer: optionalText("The writer", 200),
  cast: castField,
  logline: optionalText("The logline", 500),
  releaseDate: releaseDateField,
  releaseRegion: optionalText("The release region", 60),
};

export const filmFormSchema = z.object(filmFields);
export type FilmFormInput = z.input<typeof filmFormSchema>;
export type FilmFormValues = z.output<typeof filmFormSchema>;

export const createFilmSchema = filmFormSchema;
export const updateFilmSchema = z.object({ id: idField, ...filmFields });
export type UpdateFilmInput = z.input<typeof updateFilmSchema>;

// Reads the imported film and reviews from prisma/seed/ (Markdown with YAML front matter).
// Validated with zod so a typo in a data file fails loudly at seed time.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { z } from "zod";

const SEED_DIR = path.resolve(import.meta.dirname, "seed");

const dateOnly = z.union([z.date(), z.iso.date().transform((value) => new Date(`${value}T00:00:00Z`))]);

const filmSchema = z.object({
  slug: z.string().min(1),
  title: z.string().min(1),
  year: z.number().int().nullable(),
  director: z.string().nullable(),
  writer: z.string().nullable(),
  releaseDate: dateOnly.nullable(),
  releaseRegion: z.string().nullable(),
  cast: z.array(z.string()),
  logline: z.string().nullable(),
});

const reviewSchema = z.object({
  slug: z.string().min(1),
  seed: z.string(),
  film: z.string(),
  title: z.string().min(1),
  author: z.string().nullable(),
  authorBio: z.string().nullable(),
  publishedOn: dateOnly.nullable(),
  rating: z.number().int().min(1).max(10).nullable(),
  comments: z.array(z.object({ author: z.string(), body: z.string().min(1) })).default([]),
});

export type SeedFilm = z.infer<typeof filmSchema>;
export type SeedReview = z.infer<typeof reviewSchema> & { body: string };

function markdownFiles(folder: string): string[] {
  const dir = path.join(SEED_DIR, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => path.join(dir, name));
}

function parse<T extends z.ZodType>(file: string, schema: T): { data: z.infer<T>; body: string } {
  const { data, content } = matter(readFileSync(file, "utf8"));
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new Error(`${path.relative(process.cwd(), file)}: ${z.prettifyError(result.error)}`);
  }
  return { data: result.data, body: content.trim() };
}

export function loadSeedFilms(): SeedFilm[] {
  return markdownFiles("films").map((file) => parse(file, filmSchema).data);
}

export function loadSeedReviews(): SeedReview[] {
  return markdownFiles("reviews").map((file) => {
    const { data, body } = parse(file, reviewSchema);
    return { ...data, body };
  });
}

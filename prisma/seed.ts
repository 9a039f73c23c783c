// Imports the film *Her* and its five blog reviews (with Mai's comment). Idempotent: every row
// has a stable key (film slug, review slug, source-author key, comment source key), and rows
// that already exist are left exactly as they are, so a second run changes nothing.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadSeedFilms, loadSeedReviews, type SeedReview } from "./seed-data";

export interface SeedResult {
  films: number;
  reviews: number;
  comments: number;
  /** Rows created by this run (0 on a second run). */
  created: number;
}

function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Named authors are one row each; an unnamed one is its own row per review, never merged. */
function sourceAuthorKey(review: SeedReview): string {
  return review.author ? slugify(review.author) : `unknown-blogger-${review.slug}`;
}

export async function seedDatabase(db: PrismaClient): Promise<SeedResult> {
  const films = loadSeedFilms();
  const reviews = loadSeedReviews();
  let created = 0;
  let comments = 0;

  await db.$transaction(async (tx) => {
    const filmIds = new Map<string, string>();
    for (const film of films) {
      const existing = await tx.film.findUnique({ where: { slug: film.slug }, select: { id: true } });
      const row = existing ?? (created++, await tx.film.create({ data: film, select: { id: true } }));
      filmIds.set(film.slug, row.id);
    }

    for (const review of reviews) {
      const filmId = filmIds.get(review.film);
      if (!filmId) throw new Error(`Review ${review.slug} names unknown film ${review.film}`);

      const authorKey = sourceAuthorKey(review);
      const author =
        (await tx.sourceAuthor.findUnique({ where: { key: authorKey }, select: { id: true } })) ??
        (created++,
        await tx.sourceAuthor.create({
          data: { key: authorKey, name: review.author, bio: review.authorBio },
          select: { id: true },
        }));

      let row = await tx.review.findUnique({ where: { slug: review.slug }, select: { id: true } });
      if (!row) {
        created++;
        row = await tx.review.create({
          data: {
            slug: review.slug,
            filmId,
            sourceAuthorId: author.id,
            title: review.title,
            body: review.body,
            rating: review.rating,
            sourcePublishedOn: review.publishedOn,
            // Order imported reviews by their original date where the source gives one.
            ...(review.publishedOn ? { createdAt: review.publishedOn } : {}),
            commentCount: review.comments.length,
          },
          select: { id: true },
        });
      }

      for (const [index, comment] of review.comments.entries()) {
        comments++;
        const sourceKey = `${review.slug}#${index}`;
        if (await tx.comment.findUnique({ where: { sourceKey }, select: { id: true } })) continue;
        const commenterKey = `${slugify(comment.author)}-on-${review.slug}`;
        const commenter =
          (await tx.sourceAuthor.findUnique({ where: { key: commenterKey }, select: { id: true } })) ??
          (created++,
          await tx.sourceAuthor.create({ data: { key: commenterKey, name: comment.author }, select: { id: true } }));
        created++;
        await tx.comment.create({
          data: { sourceKey, reviewId: row.id, sourceAuthorId: commenter.id, body: comment.body },
        });
      }
    }
  });

  return { films: films.length, reviews: reviews.length, comments, created };
}

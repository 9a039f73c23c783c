// Rows that many tests need. Each call makes unique values, so tests in one file don't collide.
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { handleSkeleton } from "@/lib/identity/handle";
import { hashPassword } from "@/lib/passwords";

let counter = 0;
// Digits only: base-36 ids could differ by a confusable pair ("1" and "l", "0" and "o") and
// collide on the handle skeleton's unique index. The timestamp is 13 digits, so "x" keeps
// (time, counter) pairs apart.
const unique = () => `${Date.now()}x${counter++}`;

export const TEST_PASSWORD = "correct horse battery staple";

export interface UserOptions {
  role?: Role;
  /** A current ban: permanent unless `bannedUntil` is given. */
  banned?: boolean;
  bannedUntil?: Date | null;
  withPassword?: boolean;
  handle?: string;
  email?: string;
}

export async function createTestUser(options: UserOptions = {}) {
  const id = unique();
  const handle = options.handle ?? `user${id}`;
  return db.user.create({
    data: {
      email: options.email ?? `${handle}@example.com`,
      handle,
      handleSkeleton: handleSkeleton(handle),
      name: `User ${id}`,
      role: options.role ?? "USER",
      passwordHash: options.withPassword ? await hashPassword(TEST_PASSWORD) : null,
      ...(options.banned ? { bannedAt: new Date(), bannedUntil: options.bannedUntil ?? null, banReason: "Testing bans" } : {}),
    },
  });
}

export async function createTestFilm() {
  const id = unique();
  return db.film.create({ data: { slug: `film-${id}`, title: `Film ${id}`, year: 2014, cast: [] } });
}

export async function createTestReview(options: { authorId: string; filmId?: string; rating?: number | null; body?: string }) {
  const filmId = options.filmId ?? (await createTestFilm()).id;
  return db.review.create({
    data: { filmId, authorId: options.authorId, rating: options.rating ?? 8, body: options.body ?? "A review." },
  });
}

export async function createTestComment(options: { reviewId: string; authorId: string; parentId?: string; body?: string; createdAt?: Date }) {
  const parent = options.parentId ? await db.comment.findUniqueOrThrow({ where: { id: options.parentId } }) : null;
  return db.comment.create({
    data: {
      reviewId: options.reviewId,
      authorId: options.authorId,
      parentId: parent?.id ?? null,
      rootId: parent ? (parent.rootId ?? parent.id) : null,
      depth: parent ? parent.depth + 1 : 0,
      body: options.body ?? `Comment ${unique()}`,
      createdAt: options.createdAt,
    },
  });
}

"use server";

import { fail, ok } from "@/lib/action-result";
import { defineAction, SIGNED_IN } from "@/lib/actions/action-client";
import { editRateProblem } from "@/lib/content/edit-limits";
import { holdReason } from "@/lib/content/hold-rules";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { getSettings } from "@/lib/settings";
import { verifiedEmailProblem } from "@/lib/users/verified-email-rule";
import { createReviewSchema, reviewIdSchema, updateReviewSchema } from "@/lib/validations/review";

const NOT_YOURS = "That review doesn't exist or isn't yours.";

// No revalidatePath here, as in lib/actions/comments.ts: the pages a review shows on are shared
// by every reader of an audience and expired by database triggers (lib/page-cache/shared-page-cache.mjs).
// Revalidating would also answer the action with the live page, not the shared one the member
// is looking at, swapping the whole page (and its open dialogs) out under them. The forms
// navigate or refresh themselves.

/** Reviews are held only for blocked words and links; a first review is published at once. */
async function reviewHoldReason(text: string): Promise<string | null> {
  const settings = await getSettings();
  return holdReason(text, { ...settings, holdFirstTimePosters: false }, { isFirstPost: false });
}

/**
 * Writes a new review into the row of one its author deleted (the unique index allows one row
 * per member and film). The deleted text is kept as a revision dated when it was deleted,
 * before the new posting time, so it stays stored but out of the new review's public history
 * (which starts at createdAt). Helpful votes were for the old text and are dropped; comments
 * stay with the review. Conditional on the row still being deleted: of two racing tabs, one
 * reposts and the other finds it already there. Returns whether this call reposted it.
 */
async function repostDeletedReview(
  reviewId: string,
  input: { title: string; body: string; rating: number | null; hasSpoilers: boolean },
  held: string | null,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const [old] = await tx.review.findMany({
      where: { id: reviewId, state: "DELETED" },
      select: { authorId: true, title: true, body: true, rating: true, hasSpoilers: true, deletedAt: true, updatedAt: true },
    });
    if (!old) return false;
    const now = new Date();
    const reposted = await tx.review.updateMany({
      where: { id: reviewId, state: "DELETED" },
      data: {
        title: input.title || null,
        body: input.body,
        rating: input.rating,
        hasSpoilers: input.hasSpoilers,
        state: held ? "PENDING" : "PUBLISHED",
        stateReason: held,
        helpfulCount: 0,
        createdAt: now,
        editedAt: null,
        deletedAt: null,
      },
    });
    if (reposted.count === 0) return false;
    const { deletedAt, updatedAt, authorId, ...version } = old;
    await tx.reviewRevision.create({ data: { reviewId, editorId: authorId, ...version, createdAt: deletedAt ?? updatedAt } });
    await tx.vote.deleteMany({ where: { reviewId } });
    return true;
  });
}

export const createReviewAction = defineAction({ schema: createReviewSchema, access: SIGNED_IN }, async (input, caller) => {
  const film = await db.film.findUnique({ where: { id: input.filmId }, select: { id: true, slug: true } });
  if (!film) return fail("That film doesn't exist.");
  const unverified = verifiedEmailProblem(await getSettings(), caller);
  if (unverified) return fail(unverified);

  const held = await reviewHoldReason(`${input.title}\n${input.body}`);
  try {
    const review = await db.review.create({
      data: {
        filmId: film.id,
        authorId: caller.id,
        title: input.title || null,
        body: input.body,
        rating: input.rating,
        hasSpoilers: input.hasSpoilers,
        state: held ? "PENDING" : "PUBLISHED",
        stateReason: held,
      },
      select: { id: true },
    });
    return ok({ reviewId: review.id, alreadyExisted: false, heldReason: held });
  } catch (error) {
    // One review per user per film, enforced by a unique index: a double click, a second tab
    // or a replayed request lands on the review that already exists.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const where = { filmId_authorId: { filmId: film.id, authorId: caller.id } };
      const existing = await db.review.findUniqueOrThrow({ where, select: { id: true, state: true, stateReason: true } });
      // A review its author deleted holds their one place for the film: writing again reuses it.
      if (existing.state === "DELETED" && (await repostDeletedReview(existing.id, input, held))) {
        return ok({ reviewId: existing.id, alreadyExisted: false, heldReason: held });
      }
      const current = existing.state === "DELETED" ? await db.review.findUniqueOrThrow({ where, select: { stateReason: true } }) : existing;
      return ok({ reviewId: existing.id, alreadyExisted: true, heldReason: current.stateReason });
    }
    throw error;
  }
});

export const updateReviewAction = defineAction({ schema: updateReviewSchema, access: SIGNED_IN }, async (input, caller) => {
  // Ownership is part of the query: another user's id finds nothing.
  const current = await db.review.findFirst({
    where: { id: input.reviewId, authorId: caller.id, state: { not: "DELETED" } },
    select: { id: true, title: true, body: true, rating: true, hasSpoilers: true, state: true, film: { select: { slug: true } } },
  });
  if (!current) return fail(NOT_YOURS);

  const next = { title: input.title || null, body: input.body, rating: input.rating, hasSpoilers: input.hasSpoilers };
  const unchanged =
    current.title === next.title && current.body === next.body && current.rating === next.rating && current.hasSpoilers === next.hasSpoilers;
  if (unchanged) return ok({ reviewId: current.id, heldReason: null as string | null });
  const rateProblem = await editRateProblem("review", caller.id);
  if (rateProblem) return fail(rateProblem);

  const held = current.state === "HIDDEN" ? null : await reviewHoldReason(`${next.title ?? ""}\n${next.body}`);
  await db.$transaction([
    // Every edit keeps the version it replaces.
    db.reviewRevision.create({
      data: { reviewId: current.id, editorId: caller.id, title: current.title, body: current.body, rating: current.rating, hasSpoilers: current.hasSpoilers },
    }),
    db.review.update({
      where: { id: current.id },
      data: {
        ...next,
        editedAt: new Date(),
        // A moderator's decision to hide stands; otherwise the hold rules decide again.
        ...(current.state === "HIDDEN" ? {} : { state: held ? "PENDING" : "PUBLISHED", stateReason: held }),
      },
    }),
  ]);
  return ok({ reviewId: current.id, heldReason: held });
});

export const deleteReviewAction = defineAction({ schema: reviewIdSchema, access: SIGNED_IN }, async (input, caller) => {
  const deleted = await db.review.updateManyAndReturn({
    where: { id: input.reviewId, authorId: caller.id, state: { not: "DELETED" } },
    data: { state: "DELETED", deletedAt: new Date() },
    select: { id: true, film: { select: { slug: true } } },
  });
  const review = deleted[0];
  if (!review) return fail(NOT_YOURS);
  return ok({ reviewId: review.id });
});

export const toggleHelpfulAction = defineAction({ schema: reviewIdSchema, access: SIGNED_IN }, async (input, caller) => {
  const review = await db.review.findFirst({
    where: { id: input.reviewId, state: "PUBLISHED" },
    select: { id: true, authorId: true, film: { select: { slug: true } } },
  });
  if (!review) return fail("That review isn't available.");
  if (review.authorId === caller.id) return fail("You can't vote on your own review.");

  const helpful = await db.$transaction(async (tx) => {
    const removed = await tx.vote.deleteMany({ where: { userId: caller.id, reviewId: review.id } });
    if (removed.count > 0) {
      await tx.review.update({ where: { id: review.id }, data: { helpfulCount: { decrement: removed.count } } });
      return false;
    }
    const added = await tx.vote.createMany({ data: [{ userId: caller.id, reviewId: review.id }], skipDuplicates: true });
    if (added.count > 0) await tx.review.update({ where: { id: review.id }, data: { helpfulCount: { increment: added.count } } });
    return true;
  });
  return ok({ helpful });
});

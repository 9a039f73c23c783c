// A member who deleted their review of a film can review it again. The unique index keeps one
// row per member and film, so the new review reuses that row: its public history starts afresh
// and the deleted text stays stored, but out of sight.
import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { createReviewAction, deleteReviewAction, toggleHelpfulAction, updateReviewAction } from "@/lib/actions/reviews";
import { db } from "@/lib/db";
import { getReviewHistory } from "@/lib/queries/review-history";
import { actAs } from "../helpers/acting-as";
import { expectOk } from "../helpers/action-results";
import { createTestFilm, createTestUser } from "../helpers/fixtures";

async function deletedReview() {
  const author = await createTestUser();
  const reader = await createTestUser();
  const film = await createTestFilm();
  actAs(author);
  const { reviewId } = expectOk(await createReviewAction({ filmId: film.id, rating: 2, title: "Hated it", body: "Words I regret.", hasSpoilers: false }));
  expectOk(await updateReviewAction({ reviewId, rating: 3, title: "Hated it", body: "Words I regret, edited.", hasSpoilers: false }));
  actAs(reader);
  expectOk(await toggleHelpfulAction({ reviewId }));
  actAs(author);
  expectOk(await deleteReviewAction({ reviewId }));
  return { author, film, reviewId };
}

describe("reviewing a film again after deleting the review", () => {
  it("publishes the new review in the same place, with no votes and a fresh public history", async () => {
    const { author, film, reviewId } = await deletedReview();
    const again = { filmId: film.id, rating: 9, title: "Second viewing", body: "I was wrong about this one.", hasSpoilers: false };

    const result = expectOk(await createReviewAction(again));
    expect(result).toEqual({ reviewId, alreadyExisted: false, heldReason: null });
    const row = await db.review.findUniqueOrThrow({ where: { id: reviewId } });
    expect(row).toMatchObject({ state: "PUBLISHED", rating: 9, title: "Second viewing", body: again.body, deletedAt: null, editedAt: null, helpfulCount: 0 });
    expect(await db.vote.count({ where: { reviewId } })).toBe(0);

    // Nothing is lost: every earlier version is still stored...
    const stored = await db.reviewRevision.findMany({ where: { reviewId }, orderBy: { createdAt: "asc" } });
    expect(stored.map((revision) => revision.body)).toEqual(["Words I regret.", "Words I regret, edited."]);
    // ...but readers see only the new review's history.
    const history = await getReviewHistory(reviewId, null, false);
    expect(history).toMatchObject({ review: { body: again.body }, edits: { total: 0, items: [] }, selected: null });
    expect(await db.review.count({ where: { filmId: film.id, authorId: author.id } })).toBe(1);
  });

  it("still lands simultaneous submissions on one review", async () => {
    const { film, reviewId } = await deletedReview();
    const input = { filmId: film.id, rating: 8, title: "", body: "Double-clicked.", hasSpoilers: false };
    const results = (await Promise.all([createReviewAction(input), createReviewAction(input), createReviewAction(input)])).map(expectOk);
    expect(new Set(results.map((r) => r.reviewId))).toEqual(new Set([reviewId]));
    expect(results.filter((r) => !r.alreadyExisted)).toHaveLength(1);
    expect(await db.reviewRevision.count({ where: { reviewId, body: "Double-clicked." } })).toBe(0);
  });
});

// Editing keeps every replaced version; deleting is soft and final for the author.
import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { createReviewAction, deleteReviewAction, updateReviewAction } from "@/lib/actions/reviews";
import { db } from "@/lib/db";
import { actAs } from "../helpers/acting-as";
import { expectOk, expectRefused } from "../helpers/action-results";
import { createTestFilm, createTestUser } from "../helpers/fixtures";

async function writeReview() {
  const author = await createTestUser();
  const film = await createTestFilm();
  actAs(author);
  const original = { title: "First impressions", body: "Beautiful but slow.", rating: 6, hasSpoilers: false };
  const { reviewId } = expectOk(await createReviewAction({ filmId: film.id, ...original }));
  return { author, reviewId, original };
}

const revisionsOf = (reviewId: string) => db.reviewRevision.findMany({ where: { reviewId }, orderBy: { createdAt: "asc" } });

describe("editing a review", () => {
  it("keeps the replaced version of every edit and marks the review as edited", async () => {
    const { author, reviewId, original } = await writeReview();
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).editedAt).toBeNull();

    const second = { title: "Second thoughts", body: "Beautiful, and the slowness is the point.", rating: 8, hasSpoilers: false };
    expectOk(await updateReviewAction({ reviewId, ...second }));
    const afterFirstEdit = await db.review.findUniqueOrThrow({ where: { id: reviewId } });
    expect(afterFirstEdit).toMatchObject(second);
    expect(afterFirstEdit.editedAt).toBeInstanceOf(Date);

    const third = { title: "", body: "Beautiful, and the slowness is the point. The ending, though!", rating: 9, hasSpoilers: true };
    expectOk(await updateReviewAction({ reviewId, ...third }));
    expect(await db.review.findUniqueOrThrow({ where: { id: reviewId } })).toMatchObject({ ...third, title: null });

    const revisions = await revisionsOf(reviewId);
    expect(revisions).toHaveLength(2);
    expect(revisions[0]).toMatchObject({ ...original, editorId: author.id });
    expect(revisions[1]).toMatchObject({ ...second, editorId: author.id });
  });

  it("writes no revision for an edit that changes nothing", async () => {
    const { reviewId, original } = await writeReview();
    const before = await db.review.findUniqueOrThrow({ where: { id: reviewId } });

    expectOk(await updateReviewAction({ reviewId, ...original }));
    // Whitespace the form adds around the same text is no change either.
    expectOk(await updateReviewAction({ reviewId, ...original, title: `  ${original.title} `, body: `${original.body}\n` }));

    expect(await revisionsOf(reviewId)).toHaveLength(0);
    expect(await db.review.findUniqueOrThrow({ where: { id: reviewId } })).toEqual(before);
  });

  it("records a change of rating alone, or of the spoiler flag alone", async () => {
    const { reviewId, original } = await writeReview();
    expectOk(await updateReviewAction({ reviewId, ...original, rating: 3 }));
    expectOk(await updateReviewAction({ reviewId, ...original, rating: 3, hasSpoilers: true }));
    const revisions = await revisionsOf(reviewId);
    expect(revisions.map((revision) => [revision.rating, revision.hasSpoilers])).toEqual([[6, false], [3, false]]);
  });

  it("writes nothing when the edit is invalid", async () => {
    const { reviewId, original } = await writeReview();
    const before = await db.review.findUniqueOrThrow({ where: { id: reviewId } });
    expectRefused(await updateReviewAction({ reviewId, ...original, rating: 11 }));
    expectRefused(await updateReviewAction({ reviewId, ...original, body: "x\u0000" }));
    expect(await revisionsOf(reviewId)).toHaveLength(0);
    expect(await db.review.findUniqueOrThrow({ where: { id: reviewId } })).toEqual(before);
  });
});

describe("deleting a review", () => {
  it("is soft: the row stays, marked deleted, with its history", async () => {
    const { reviewId, original } = await writeReview();
    expectOk(await updateReviewAction({ reviewId, ...original, rating: 7 }));

    expect(expectOk(await deleteReviewAction({ reviewId }))).toEqual({ reviewId });
    const row = await db.review.findUniqueOrThrow({ where: { id: reviewId } });
    expect(row.state).toBe("DELETED");
    expect(row.deletedAt).toBeInstanceOf(Date);
    expect(row.body).toBe(original.body);
    expect(await revisionsOf(reviewId)).toHaveLength(1);
  });

  it("is final for the author: no editing or deleting it again afterwards", async () => {
    const { reviewId, original } = await writeReview();
    expectOk(await deleteReviewAction({ reviewId }));
    const deleted = await db.review.findUniqueOrThrow({ where: { id: reviewId } });

    expectRefused(await updateReviewAction({ reviewId, ...original, body: "Back from the dead." }), /doesn't exist or isn't yours/);
    expectRefused(await deleteReviewAction({ reviewId }));
    expect(await db.review.findUniqueOrThrow({ where: { id: reviewId } })).toEqual(deleted);
    expect(await revisionsOf(reviewId)).toHaveLength(0);
  });
});

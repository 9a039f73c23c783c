// Who may write, change, delete and vote on reviews. Every refusal must leave the database
// exactly as it was.
import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { createReviewAction, deleteReviewAction, toggleHelpfulAction, updateReviewAction } from "@/lib/actions/reviews";
import { db } from "@/lib/db";
import { actAs } from "../helpers/acting-as";
import { expectOk, expectRefused } from "../helpers/action-results";
import { createTestFilm, createTestReview, createTestUser } from "../helpers/fixtures";

const rowOf = (id: string) => db.review.findUniqueOrThrow({ where: { id } });

function editOf(reviewId: string) {
  return { reviewId, rating: 2, title: "Rewritten by someone else", body: "Actually this film is bad.", hasSpoilers: true };
}

describe("anonymous visitors", () => {
  it("can't create, edit, delete or vote", async () => {
    const author = await createTestUser();
    const film = await createTestFilm();
    const review = await createTestReview({ authorId: author.id, filmId: film.id });
    const before = await rowOf(review.id);
    const reviewsBefore = await db.review.count();
    actAs(null);

    expectRefused(await createReviewAction({ filmId: film.id, rating: 5, title: "", body: "drive-by", hasSpoilers: false }), /Sign in/);
    expectRefused(await updateReviewAction(editOf(review.id)), /Sign in/);
    expectRefused(await deleteReviewAction({ reviewId: review.id }), /Sign in/);
    expectRefused(await toggleHelpfulAction({ reviewId: review.id }), /Sign in/);

    expect(await db.review.count()).toBe(reviewsBefore);
    expect(await rowOf(review.id)).toEqual(before);
    expect(await db.vote.count()).toBe(0);
  });
});

describe("someone else's review", () => {
  it("can't be edited by id: refused, and the row is unchanged to the byte", async () => {
    const author = await createTestUser();
    const attacker = await createTestUser();
    const review = await createTestReview({ authorId: author.id, rating: 9, body: "A quiet masterpiece." });
    const before = await rowOf(review.id);
    actAs(attacker);

    expectRefused(await updateReviewAction(editOf(review.id)), /doesn't exist or isn't yours/);
    expect(await rowOf(review.id)).toEqual(before);
    expect(await db.reviewRevision.count({ where: { reviewId: review.id } })).toBe(0);
  });

  it("can't be deleted by id: refused, and the row is unchanged to the byte", async () => {
    const author = await createTestUser();
    const attacker = await createTestUser();
    const review = await createTestReview({ authorId: author.id });
    const before = await rowOf(review.id);
    actAs(attacker);

    expectRefused(await deleteReviewAction({ reviewId: review.id }), /doesn't exist or isn't yours/);
    expect(await rowOf(review.id)).toEqual(before);
  });

  it("can't be taken over by staff through the author's edit form either", async () => {
    const author = await createTestUser();
    const moderator = await createTestUser({ role: "MODERATOR" });
    const review = await createTestReview({ authorId: author.id });
    const before = await rowOf(review.id);
    actAs(moderator);

    expectRefused(await updateReviewAction(editOf(review.id)));
    expectRefused(await deleteReviewAction({ reviewId: review.id }));
    expect(await rowOf(review.id)).toEqual(before);
  });

  it("can't be reached through an imported critic's review, which has no author", async () => {
    const attacker = await createTestUser();
    const film = await createTestFilm();
    const critic = await db.sourceAuthor.create({ data: { key: `critic-${film.id}`, name: "A Critic" } });
    const imported = await db.review.create({ data: { filmId: film.id, sourceAuthorId: critic.id, rating: 8, body: "Imported." } });
    const before = await rowOf(imported.id);
    actAs(attacker);

    expectRefused(await updateReviewAction(editOf(imported.id)));
    expectRefused(await deleteReviewAction({ reviewId: imported.id }));
    expect(await rowOf(imported.id)).toEqual(before);
  });
});

describe("banned members", () => {
  it("can't post, edit their own review, delete it or vote", async () => {
    const banned = await createTestUser();
    const other = await createTestUser();
    const film = await createTestFilm();
    const own = await createTestReview({ authorId: banned.id, filmId: film.id });
    const theirs = await createTestReview({ authorId: other.id, filmId: film.id });
    await db.user.update({ where: { id: banned.id }, data: { bannedAt: new Date(), bannedUntil: null, banReason: "Spam" } });
    const ownBefore = await rowOf(own.id);
    const theirsBefore = await rowOf(theirs.id);
    const reviewsBefore = await db.review.count();
    actAs(banned);

    const otherFilm = await createTestFilm();
    expectRefused(await createReviewAction({ filmId: otherFilm.id, rating: 3, title: "", body: "Back again.", hasSpoilers: false }), /suspended.*Spam/);
    expectRefused(await updateReviewAction({ ...editOf(own.id), title: "Edited while banned" }), /suspended/);
    expectRefused(await deleteReviewAction({ reviewId: own.id }), /suspended/);
    expectRefused(await toggleHelpfulAction({ reviewId: theirs.id }), /suspended/);

    expect(await db.review.count()).toBe(reviewsBefore);
    expect(await rowOf(own.id)).toEqual(ownBefore);
    expect(await rowOf(theirs.id)).toEqual(theirsBefore);
    expect(await db.vote.count({ where: { userId: banned.id } })).toBe(0);
  });

  it("can write again once a timed ban has ended", async () => {
    const member = await createTestUser({ banned: true, bannedUntil: new Date(Date.now() - 1000) });
    const film = await createTestFilm();
    actAs(member);
    expectOk(await createReviewAction({ filmId: film.id, rating: 7, title: "", body: "Glad to be back.", hasSpoilers: false }));
  });
});

describe("helpful votes", () => {
  it("can't be given to your own review", async () => {
    const author = await createTestUser();
    const review = await createTestReview({ authorId: author.id });
    actAs(author);

    expectRefused(await toggleHelpfulAction({ reviewId: review.id }), /your own review/);
    expect((await rowOf(review.id)).helpfulCount).toBe(0);
    expect(await db.vote.count({ where: { reviewId: review.id } })).toBe(0);
  });

  it("toggle on, then off, counting each person once", async () => {
    const author = await createTestUser();
    const reader = await createTestUser();
    const secondReader = await createTestUser();
    const review = await createTestReview({ authorId: author.id });

    actAs(reader);
    expect(expectOk(await toggleHelpfulAction({ reviewId: review.id }))).toEqual({ helpful: true });
    expect((await rowOf(review.id)).helpfulCount).toBe(1);
    expect(expectOk(await toggleHelpfulAction({ reviewId: review.id }))).toEqual({ helpful: false });
    expect((await rowOf(review.id)).helpfulCount).toBe(0);
    expect(await db.vote.count({ where: { reviewId: review.id } })).toBe(0);

    expectOk(await toggleHelpfulAction({ reviewId: review.id }));
    actAs(secondReader);
    expectOk(await toggleHelpfulAction({ reviewId: review.id }));
    expect((await rowOf(review.id)).helpfulCount).toBe(2);
    expect(await db.vote.count({ where: { reviewId: review.id } })).toBe(2);
  });

  it("count once even when the same person double-clicks", async () => {
    const author = await createTestUser();
    const reader = await createTestUser();
    const review = await createTestReview({ authorId: author.id });
    actAs(reader);

    await Promise.all([toggleHelpfulAction({ reviewId: review.id }), toggleHelpfulAction({ reviewId: review.id })]);
    const votes = await db.vote.count({ where: { reviewId: review.id } });
    expect(votes).toBeLessThanOrEqual(1);
    expect((await rowOf(review.id)).helpfulCount).toBe(votes);
  });

  it("can't be given to a review that isn't published", async () => {
    const author = await createTestUser();
    const reader = await createTestUser();
    actAs(reader);
    for (const state of ["PENDING", "HIDDEN", "DELETED"] as const) {
      const review = await createTestReview({ authorId: author.id });
      await db.review.update({ where: { id: review.id }, data: { state } });
      expectRefused(await toggleHelpfulAction({ reviewId: review.id }));
      expect((await rowOf(review.id)).helpfulCount, state).toBe(0);
    }
  });
});

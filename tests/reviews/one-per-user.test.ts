// One review per member per film. A double click, a second tab or a replayed request must land
// on the review that already exists, never make a second one or show an error.
import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { createReviewAction } from "@/lib/actions/reviews";
import { db } from "@/lib/db";
import { actAs } from "../helpers/acting-as";
import { expectOk } from "../helpers/action-results";
import { createTestFilm, createTestUser } from "../helpers/fixtures";

describe("one review per member per film", () => {
  it("keeps exactly one review when two submissions race, and both get its id", async () => {
    const member = await createTestUser();
    const film = await createTestFilm();
    actAs(member);
    const input = { filmId: film.id, rating: 9, title: "", body: "Submitted twice by accident.", hasSpoilers: false };

    const [first, second] = await Promise.all([createReviewAction(input), createReviewAction(input)]);
    const a = expectOk(first);
    const b = expectOk(second);
    expect(a.reviewId).toBe(b.reviewId);
    // Exactly one of them created it.
    expect([a.alreadyExisted, b.alreadyExisted].sort()).toEqual([false, true]);
    expect(await db.review.count({ where: { filmId: film.id, authorId: member.id } })).toBe(1);

    const third = expectOk(await createReviewAction({ ...input, rating: 2, body: "A replay with other words." }));
    expect(third).toMatchObject({ reviewId: a.reviewId, alreadyExisted: true });
    // The replay doesn't overwrite what was written.
    expect(await db.review.findUniqueOrThrow({ where: { id: a.reviewId } })).toMatchObject({ rating: 9, body: "Submitted twice by accident." });
    expect(await db.review.count({ where: { filmId: film.id, authorId: member.id } })).toBe(1);
  });

  it("survives a burst of simultaneous submissions", async () => {
    const member = await createTestUser();
    const film = await createTestFilm();
    actAs(member);
    const input = { filmId: film.id, rating: 4, title: "", body: "Click click click.", hasSpoilers: false };

    const results = (await Promise.all(Array.from({ length: 6 }, () => createReviewAction(input)))).map((result) => expectOk(result));
    expect(new Set(results.map((result) => result.reviewId)).size).toBe(1);
    expect(results.filter((result) => !result.alreadyExisted)).toHaveLength(1);
    expect(await db.review.count({ where: { filmId: film.id } })).toBe(1);
  });

  it("still lets other members review the same film, and the member review other films", async () => {
    const member = await createTestUser();
    const other = await createTestUser();
    const film = await createTestFilm();
    const otherFilm = await createTestFilm();
    const input = { filmId: film.id, rating: 6, title: "", body: "Mine.", hasSpoilers: false };

    actAs(member);
    const mine = expectOk(await createReviewAction(input));
    const mineElsewhere = expectOk(await createReviewAction({ ...input, filmId: otherFilm.id }));
    actAs(other);
    const theirs = expectOk(await createReviewAction(input));

    expect(new Set([mine.reviewId, mineElsewhere.reviewId, theirs.reviewId]).size).toBe(3);
    expect([mine, mineElsewhere, theirs].every((result) => !result.alreadyExisted)).toBe(true);
    expect(await db.review.count({ where: { filmId: film.id } })).toBe(2);
  });
});

// What createReviewAction accepts. A refused review must say which field is wrong and write
// nothing at all.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { createReviewAction } from "@/lib/actions/reviews";
import { db } from "@/lib/db";
import { REVIEW_BODY_MAX, REVIEW_TITLE_MAX, type CreateReviewInput } from "@/lib/validations/review";
import { actAs } from "../helpers/acting-as";
import { expectFieldError, expectOk, expectRefused } from "../helpers/action-results";
import { createTestFilm, createTestUser } from "../helpers/fixtures";

type User = Awaited<ReturnType<typeof createTestUser>>;

let reviewer: User;
beforeAll(async () => {
  reviewer = await createTestUser();
});
beforeEach(() => actAs(reviewer));

/** A review of a fresh film (one review per user per film), with `overrides` applied. */
async function draft(overrides: Record<string, unknown> = {}): Promise<CreateReviewInput> {
  const film = await createTestFilm();
  return { filmId: film.id, rating: 8, title: "", body: "Warm and strange.", hasSpoilers: false, ...overrides } as CreateReviewInput;
}

/** Submits and expects a refusal naming `field`, with nothing written anywhere. */
async function expectRefusedOn(field: string, input: CreateReviewInput) {
  const reviewsBefore = await db.review.count();
  const revisionsBefore = await db.reviewRevision.count();
  expectFieldError(await createReviewAction(input), field);
  expect(await db.review.count()).toBe(reviewsBefore);
  expect(await db.reviewRevision.count()).toBe(revisionsBefore);
}

describe("createReviewAction: ratings", () => {
  it.each([
    ["zero", 0],
    ["eleven", 11],
    ["negative", -2],
    ["a fraction", 4.5],
    ["a string", "5"],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["a boolean", true],
    ["an object", { valueOf: () => 8 }],
  ])("refuses %s as a rating", async (_label, rating) => {
    await expectRefusedOn("rating", await draft({ rating }));
  });

  it("refuses a review with neither a rating nor any text", async () => {
    await expectRefusedOn("rating", await draft({ rating: undefined, body: "" }));
    await expectRefusedOn("rating", await draft({ rating: null, body: "" }));
    await expectRefusedOn("rating", await draft({ rating: null, body: "   \n\t " }));
  });

  it.each([1, 10])("accepts the rating %i, the ends of the scale", async (rating) => {
    const input = await draft({ rating });
    const { reviewId } = expectOk(await createReviewAction(input));
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).rating).toBe(rating);
  });

  it("accepts text with no rating", async () => {
    const input = await draft({ rating: null, body: "Not sure how to score this one." });
    const { reviewId } = expectOk(await createReviewAction(input));
    expect(await db.review.findUniqueOrThrow({ where: { id: reviewId } })).toMatchObject({ rating: null, body: "Not sure how to score this one.", authorId: reviewer.id });
  });

  it("accepts a rating with no text", async () => {
    const input = await draft({ rating: 6, body: "" });
    const { reviewId } = expectOk(await createReviewAction(input));
    expect(await db.review.findUniqueOrThrow({ where: { id: reviewId } })).toMatchObject({ rating: 6, body: "", title: null, state: "PUBLISHED" });
  });
});

describe("createReviewAction: text", () => {
  it("refuses a body over 20,000 characters, and accepts one of exactly 20,000", async () => {
    expect(REVIEW_BODY_MAX).toBe(20_000);
    await expectRefusedOn("body", await draft({ body: "a".repeat(REVIEW_BODY_MAX + 1) }));
    const { reviewId } = expectOk(await createReviewAction(await draft({ body: "a".repeat(REVIEW_BODY_MAX) })));
    expect((await db.review.findUniqueOrThrow({ where: { id: reviewId } })).body).toHaveLength(REVIEW_BODY_MAX);
  });

  it("refuses an over-long title", async () => {
    await expectRefusedOn("title", await draft({ title: "t".repeat(REVIEW_TITLE_MAX + 1) }));
  });

  it("refuses a null byte in the body or the title", async () => {
    await expectRefusedOn("body", await draft({ body: "fine until\u0000here" }));
    await expectRefusedOn("title", await draft({ title: "Title\u0000" }));
  });

  it("refuses text that is not a string, and a missing spoiler flag", async () => {
    await expectRefusedOn("body", await draft({ body: ["an", "array"] }));
    await expectRefusedOn("title", await draft({ title: 42 }));
    await expectRefusedOn("hasSpoilers", await draft({ hasSpoilers: "yes" }));
  });

  it("trims the text it stores", async () => {
    const { reviewId } = expectOk(await createReviewAction(await draft({ title: "  Her  ", body: "\n  Lovely.  \n" })));
    expect(await db.review.findUniqueOrThrow({ where: { id: reviewId } })).toMatchObject({ title: "Her", body: "Lovely." });
  });
});

describe("createReviewAction: films", () => {
  it("refuses a film that doesn't exist", async () => {
    const before = await db.review.count();
    const result = await createReviewAction(await draft({ filmId: "cnotarealfilm000000000000" }));
    expectRefused(result, /film doesn't exist/);
    expect(await db.review.count()).toBe(before);
  });

  it("refuses a malformed film id before touching the database", async () => {
    for (const filmId of ["", "../films/her", "x".repeat(41), "1 OR 1=1"]) {
      await expectRefusedOn("filmId", await draft({ filmId }));
    }
  });
});

// The scores a film page shows: critics (imported reviews) and community (members) apart, each
// with a count, an average in stars and a ten-bucket histogram of half-star ratings.
import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { createReviewAction } from "@/lib/actions/reviews";
import { db } from "@/lib/db";
import type { ContentState } from "@/lib/generated/prisma/enums";
import { getFilmScore, getFilmScores } from "@/lib/queries/film-scores";
import { actAs } from "../helpers/acting-as";
import { expectOk } from "../helpers/action-results";
import { createTestFilm, createTestReview, createTestUser } from "../helpers/fixtures";

const EMPTY_HISTOGRAM = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

/** A histogram with `counts[rating]` reviews in each half-star bucket. */
function histogram(counts: Record<number, number>): number[] {
  return EMPTY_HISTOGRAM.map((_, index) => counts[index + 1] ?? 0);
}

/** Member reviews, one per new member (one review per member per film). */
async function communityRatings(filmId: string, ratings: (number | null)[], state: ContentState = "PUBLISHED") {
  for (const rating of ratings) {
    const author = await createTestUser();
    const review = await createTestReview({ authorId: author.id, filmId, rating, body: "Thoughts." });
    if (rating === null) await db.review.update({ where: { id: review.id }, data: { rating: null } });
    if (state !== "PUBLISHED") await db.review.update({ where: { id: review.id }, data: { state } });
  }
}

let criticSerial = 0;
/** Imported reviews, each by its own source author. */
async function criticRatings(filmId: string, ratings: (number | null)[]) {
  for (const rating of ratings) {
    const critic = await db.sourceAuthor.create({ data: { key: `critic-${filmId}-${++criticSerial}`, name: `Critic ${criticSerial}` } });
    await db.review.create({ data: { filmId, sourceAuthorId: critic.id, rating, body: "An imported review." } });
  }
}

describe("film scores", () => {
  it("are empty for a film nobody reviewed: no count, no average, all buckets zero", async () => {
    const film = await createTestFilm();
    const scores = await getFilmScore(film.id);
    for (const side of [scores.critics, scores.community]) {
      expect(side).toEqual({ reviewCount: 0, ratingCount: 0, averageStars: null, histogram: EMPTY_HISTOGRAM });
    }
  });

  it("average exactly the one rating there is", async () => {
    const film = await createTestFilm();
    await communityRatings(film.id, [7]);
    expect((await getFilmScore(film.id)).community).toEqual({ reviewCount: 1, ratingCount: 1, averageStars: 3.5, histogram: histogram({ 7: 1 }) });
  });

  it("average many ratings, leaving unrated reviews out of the average and the histogram", async () => {
    const film = await createTestFilm();
    await communityRatings(film.id, [2, 7, 7, 10, null]);
    const { community } = await getFilmScore(film.id);
    expect(community.reviewCount).toBe(5);
    expect(community.ratingCount).toBe(4);
    // (2 + 7 + 7 + 10) / 4 = 6.5 half stars = 3.25 stars.
    expect(community.averageStars).toBeCloseTo(3.25, 10);
    expect(community.histogram).toEqual(histogram({ 2: 1, 7: 2, 10: 1 }));
  });

  it("have no average when every review is unrated", async () => {
    const film = await createTestFilm();
    await communityRatings(film.id, [null, null]);
    expect((await getFilmScore(film.id)).community).toEqual({ reviewCount: 2, ratingCount: 0, averageStars: null, histogram: EMPTY_HISTOGRAM });
  });

  it("keep critics and community apart", async () => {
    const film = await createTestFilm();
    await criticRatings(film.id, [10, 8, null]);
    await communityRatings(film.id, [1, 3]);
    const { critics, community } = await getFilmScore(film.id);
    expect(critics).toEqual({ reviewCount: 3, ratingCount: 2, averageStars: 4.5, histogram: histogram({ 8: 1, 10: 1 }) });
    expect(community).toEqual({ reviewCount: 2, ratingCount: 2, averageStars: 1, histogram: histogram({ 1: 1, 3: 1 }) });
  });

  it("count only published reviews: pending, hidden and deleted ones are left out", async () => {
    const film = await createTestFilm();
    await communityRatings(film.id, [8]);
    await communityRatings(film.id, [1], "PENDING");
    await communityRatings(film.id, [1], "HIDDEN");
    await communityRatings(film.id, [1], "DELETED");
    expect((await getFilmScore(film.id)).community).toEqual({ reviewCount: 1, ratingCount: 1, averageStars: 4, histogram: histogram({ 8: 1 }) });
  });

  it("don't mix films up when several are scored at once", async () => {
    const [first, second, unreviewed] = [await createTestFilm(), await createTestFilm(), await createTestFilm()];
    await communityRatings(first.id, [10, 10]);
    await communityRatings(second.id, [2]);
    const scores = await getFilmScores([first.id, second.id, unreviewed.id]);
    expect(scores.get(first.id)?.community).toMatchObject({ reviewCount: 2, averageStars: 5 });
    expect(scores.get(second.id)?.community).toMatchObject({ reviewCount: 1, averageStars: 1 });
    expect(scores.get(unreviewed.id)?.community).toMatchObject({ reviewCount: 0, averageStars: null });
    expect((await getFilmScores([])).size).toBe(0);
  });

  it("reflect a review the moment it is posted", async () => {
    const film = await createTestFilm();
    await communityRatings(film.id, [4]);
    expect((await getFilmScore(film.id)).community.averageStars).toBe(2);

    const member = await createTestUser();
    actAs(member);
    expectOk(await createReviewAction({ filmId: film.id, rating: 10, title: "", body: "", hasSpoilers: false }));
    expect((await getFilmScore(film.id)).community).toEqual({ reviewCount: 2, ratingCount: 2, averageStars: 3.5, histogram: histogram({ 4: 1, 10: 1 }) });
  });
});

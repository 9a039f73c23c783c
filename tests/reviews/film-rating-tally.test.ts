// FilmRatingTally is kept by a trigger on Review. Whatever happens to reviews — through the app,
// a script or plain SQL — it must equal counting the published reviews afresh.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createTestFilm, createTestReview, createTestUser } from "../helpers/fixtures";

type Tally = { filmId: string; isCritic: boolean; rating: number; reviews: number };

const key = (t: Tally) => `${t.filmId}/${t.isCritic}/${t.rating}`;
const sorted = (tallies: Tally[]) => [...tallies].sort((a, b) => key(a).localeCompare(key(b)));

async function kept(filmIds: string[]): Promise<Tally[]> {
  return sorted(await db.filmRatingTally.findMany({ where: { filmId: { in: filmIds }, reviews: { gt: 0 } } }));
}

/** The same tallies, counted from the reviews themselves. */
async function recounted(filmIds: string[]): Promise<Tally[]> {
  return sorted(
    await db.$queryRaw<Tally[]>`
      SELECT "filmId", "sourceAuthorId" IS NOT NULL AS "isCritic", COALESCE("rating", 0)::int AS "rating", COUNT(*)::int AS "reviews"
      FROM "Review" WHERE "state" = 'PUBLISHED' AND "filmId" = ANY(${filmIds}::text[])
      GROUP BY 1, 2, 3`,
  );
}

describe("the film rating tally", () => {
  let films: string[];
  let members: string[];
  let critic: string;

  beforeAll(async () => {
    films = [(await createTestFilm()).id, (await createTestFilm()).id];
    members = await Promise.all([1, 2, 3, 4].map(async () => (await createTestUser()).id));
    critic = (await db.sourceAuthor.create({ data: { key: `tally-critic-${Date.now()}`, name: "A critic" } })).id;
  });

  it("follows every kind of change to reviews", async () => {
    const expectInStep = async () => expect(await kept(films)).toEqual(await recounted(films));
    const [a, b, c, d] = members as [string, string, string, string];

    const first = await createTestReview({ authorId: a, filmId: films[0], rating: 8 });
    const second = await createTestReview({ authorId: b, filmId: films[0], rating: 8 });
    const unrated = await db.review.create({ data: { filmId: films[0]!, authorId: c, rating: null, body: "No stars from me." } });
    const imported = await db.review.create({ data: { filmId: films[0]!, sourceAuthorId: critic, rating: 6, body: "From a blog." } });
    await expectInStep();
    expect(await kept([films[0]!])).toContainEqual({ filmId: films[0], isCritic: false, rating: 8, reviews: 2 });

    const steps: (() => Promise<unknown>)[] = [
      () => db.review.update({ where: { id: first.id }, data: { rating: 3 } }), // re-rated
      () => db.review.update({ where: { id: second.id }, data: { state: "HIDDEN" } }), // hidden
      () => db.review.update({ where: { id: second.id }, data: { state: "PUBLISHED" } }), // restored
      () => db.review.update({ where: { id: unrated.id }, data: { rating: 10 } }), // rated later
      () => db.review.update({ where: { id: first.id }, data: { body: "Edited, same rating." } }), // nothing to tally
      () => db.review.update({ where: { id: imported.id }, data: { filmId: films[1] } }), // moved to another film
      () => db.$executeRaw`UPDATE "Review" SET "state" = 'PENDING', "rating" = 5 WHERE "id" = ${first.id}`, // held and re-rated at once, in SQL
      () => createTestReview({ authorId: d, filmId: films[1], rating: 6 }),
      () => db.review.delete({ where: { id: unrated.id } }), // deleted outright
      () => db.review.updateMany({ where: { filmId: { in: films } }, data: { state: "DELETED" } }), // many at once
    ];
    for (const step of steps) {
      await step();
      await expectInStep();
    }
    expect(await kept(films)).toEqual([]);
  });
});

// Full-text search (/search): what a reader types finds films and published reviews, title
// matches first, with highlighted snippets that never leak spoilers; and nothing anyone
// types makes it fail.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ContentState } from "@/lib/generated/prisma/enums";
import { SEARCH_QUERY_MAX, searchSite, type Highlighted } from "@/lib/queries/search";
import { seedDatabase } from "@/prisma/seed";
import { createTestFilm, createTestUser } from "../helpers/fixtures";

const plain = (parts: Highlighted | null) => (parts ?? []).map((part) => part.text).join("");
const matched = (parts: Highlighted | null) => (parts ?? []).filter((part) => part.match).map((part) => part.text.toLowerCase());

async function memberReview(options: { title?: string | null; body: string; state?: ContentState; hasSpoilers?: boolean }) {
  const author = await createTestUser();
  const film = await createTestFilm();
  return db.review.create({
    data: {
      filmId: film.id,
      authorId: author.id,
      title: options.title ?? null,
      body: options.body,
      rating: 7,
      state: options.state ?? "PUBLISHED",
      hasSpoilers: options.hasSpoilers ?? false,
    },
  });
}

beforeAll(async () => {
  await seedDatabase(db);
});

describe("search", () => {
  it("finds the film Her by “her”, although “her” is an English stop word", async () => {
    const results = await searchSite("her");
    expect(results.films.map((film) => film.slug)).toContain("her");
    // The imported reviews titled after the film are found too, with the word marked.
    expect(results.reviews.total).toBeGreaterThanOrEqual(5);
    expect(matched(results.reviews.items[0]!.title)).toContain("her");
  });

  it("finds a review by a word of its text, in any grammatical form, and marks it in the snippet", async () => {
    const review = await memberReview({ body: "The score is gorgeous. Its zeppelinesque melancholy lingers for days." });
    const results = await searchSite("Zeppelinesque");
    expect(results.reviews.items.map((hit) => hit.id)).toEqual([review.id]);
    expect(matched(results.reviews.items[0]!.snippet)).toEqual(["zeppelinesque"]);

    const stemmed = await searchSite("lingering");
    expect(stemmed.reviews.items.map((hit) => hit.id)).toContain(review.id);
  });

  it("shows only published reviews: never pending, hidden or deleted ones", async () => {
    const published = await memberReview({ body: "A quokkafied delight." });
    for (const state of ["PENDING", "HIDDEN", "DELETED"] as const) {
      await memberReview({ body: `A quokkafied ${state.toLowerCase()} review.`, state });
    }
    const results = await searchSite("quokkafied");
    expect(results.reviews.items.map((hit) => hit.id)).toEqual([published.id]);
    expect(results.reviews.total).toBe(1);
  });

  it("ranks a match in a title above matches in text, however often the text repeats the word", async () => {
    const inText = await memberReview({ body: "Marmalade. ".repeat(30) + "Marmalade everywhere, marmalade always." });
    const inTitle = await memberReview({ title: "Marmalade skies", body: "A quiet film about orange light." });
    const results = await searchSite("marmalade");
    expect(results.reviews.items.map((hit) => hit.id)).toEqual([inTitle.id, inText.id]);
  });

  it("never shows spoilers in snippets: inline spans are masked, spoiler-flagged reviews get none", async () => {
    await memberReview({ body: "The twist: ||the narwhalish operating system leaves everyone|| at the end." });
    const flagged = await memberReview({ body: "Narwhalish ending, discussed in full.", hasSpoilers: true });

    const results = await searchSite("narwhalish");
    expect(results.reviews.total).toBe(2);
    for (const hit of results.reviews.items) {
      expect(plain(hit.snippet)).not.toMatch(/operating system leaves/i);
    }
    expect(results.reviews.items.find((hit) => hit.id === flagged.id)?.snippet).toBeNull();
  });

  it("pages results twenty at a time, with the total across pages", async () => {
    for (let index = 0; index < 23; index++) await memberReview({ body: `Wombatlike review number ${index}.` });
    const first = await searchSite("wombatlike", 1);
    const second = await searchSite("wombatlike", 2);
    expect(first.reviews).toMatchObject({ total: 23, page: 1, pageCount: 2 });
    expect(first.reviews.items).toHaveLength(20);
    expect(second.reviews.items).toHaveLength(3);
    expect(new Set([...first.reviews.items, ...second.reviews.items].map((hit) => hit.id)).size).toBe(23);
    expect((await searchSite("wombatlike", 9)).reviews).toMatchObject({ items: [], total: 23, pageCount: 2 });
  });

  it.each([
    ["a lone quote", "'"],
    ["operator soup", "&|!"],
    ["unbalanced quotes and a minus", '"her -'],
    ["markup", "<script>alert(1)</script>"],
    ["a null byte and control characters", "her\u0000\u0002\u0003"],
    ["a lone surrogate", "her \ud800"],
    ["500 characters", "x".repeat(500)],
    ["only spaces", "    "],
  ])("survives %s without an error", async (_label, query) => {
    const results = await searchSite(query);
    expect(results.query.length).toBeLessThanOrEqual(SEARCH_QUERY_MAX);
    expect(results.query).not.toMatch(/[\u0000-\u001f]/);
    expect(Array.isArray(results.reviews.items)).toBe(true);
  });

  it("searches nothing for an empty query", async () => {
    expect(await searchSite("")).toEqual({ query: "", films: [], reviews: { items: [], total: 0, page: 1, pageCount: 1 } });
    expect((await searchSite(undefined)).query).toBe("");
  });
});

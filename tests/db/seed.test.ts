// The imported film and its five blog reviews, as a visitor of a fresh install would see them.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDatabase, type SeedResult } from "@/prisma/seed";

const date = (isoDay: string) => new Date(`${isoDay}T00:00:00.000Z`);

/** Every column of every seeded table, in a stable order, to compare two runs exactly. */
async function dumpSeededTables() {
  return {
    films: await db.film.findMany({ orderBy: { id: "asc" } }),
    sourceAuthors: await db.sourceAuthor.findMany({ orderBy: { id: "asc" } }),
    reviews: await db.review.findMany({ orderBy: { id: "asc" } }),
    comments: await db.comment.findMany({ orderBy: { id: "asc" } }),
  };
}

describe("seedDatabase", () => {
  // This file's database starts migrated and empty; seed it once for every test below.
  let firstRun: SeedResult;
  beforeAll(async () => {
    firstRun = await seedDatabase(db);
  });

  it("reports what it imported, counting every row it created", async () => {
    expect(firstRun).toMatchObject({ films: 1, reviews: 5, comments: 1 });
    const rows = await dumpSeededTables();
    const total = rows.films.length + rows.sourceAuthors.length + rows.reviews.length + rows.comments.length;
    // 1 film + 5 reviews + 5 review authors (2 named, 3 unknown) + Mai + her comment.
    expect(total).toBe(13);
    expect(firstRun.created).toBe(total);
  });

  it("imports exactly one film, Her, with its credits", async () => {

    const films = await db.film.findMany();
    expect(films).toHaveLength(1);
    const [her] = films;
    expect(her).toMatchObject({
      slug: "her",
      title: "Her",
      year: 2014,
      director: "Spike Jonze",
      writer: "Spike Jonze",
      releaseDate: date("2014-01-10"),
      logline:
        "A lonely writer develops an unlikely relationship with his newly purchased operating system that’s designed to meet his every need.",
    });
    expect(her?.cast).toHaveLength(7);
    expect(her?.cast).toEqual(expect.arrayContaining(["Joaquin Phoenix", "Scarlett Johansson", "Amy Adams"]));
  });

  it("imports the five reviews with their authors, ratings and dates", async () => {
    const reviews = await db.review.findMany({
      include: { sourceAuthor: true, film: { select: { slug: true } } },
      orderBy: { slug: "asc" },
    });
    expect(reviews).toHaveLength(5);

    const bySlug = new Map(reviews.map((review) => [review.slug, review]));
    expect([...bySlug.keys()].sort()).toEqual(
      [
        "alone-yet-not-alone-technology-and-her",
        "her-002",
        "her-review",
        "her-there-is-room-for-humanity",
        "spike-jonzes-her",
      ].sort(),
    );

    for (const review of reviews) {
      expect(review.film.slug).toBe("her");
      expect(review.authorId).toBeNull(); // imported, not a community review
      expect(review.sourceAuthor).not.toBeNull();
      expect(review.state).toBe("PUBLISHED");
      expect(review.body.length).toBeGreaterThan(500);
      expect(review.rating).toBe(review.slug === "her-002" ? 10 : null);
    }

    const mirona = bySlug.get("her-review")!;
    expect(mirona.sourceAuthor).toMatchObject({ name: "Mirona Nicola", bio: "Freelance Contributor" });
    expect(mirona.sourcePublishedOn).toEqual(date("2014-03-19"));
    // Imported reviews are ordered by their original date where the source gives one.
    expect(mirona.createdAt).toEqual(date("2014-03-19"));

    const daniel = bySlug.get("her-there-is-room-for-humanity")!;
    expect(daniel.sourceAuthor).toMatchObject({
      name: "Daniel Davila",
      bio: 'A USC graduate from the School of Cinematic Arts, currently located in Los Angeles trying to do the "real world industry" thing.',
    });
    expect(daniel.sourcePublishedOn).toBeNull();

    for (const slug of ["alone-yet-not-alone-technology-and-her", "her-002", "spike-jonzes-her"]) {
      const review = bySlug.get(slug)!;
      expect(review.sourceAuthor?.name, slug).toBeNull(); // shown as "Unknown blogger"
      expect(review.sourcePublishedOn, slug).toBeNull();
    }
    // Unnamed bloggers are different people: one source-author row each, never merged.
    const unknownIds = new Set(
      ["alone-yet-not-alone-technology-and-her", "her-002", "spike-jonzes-her"].map((slug) => bySlug.get(slug)!.sourceAuthorId),
    );
    expect(unknownIds.size).toBe(3);
  });

  it("imports Mai's comment, and only that one, on the first review", async () => {
    const comments = await db.comment.findMany({ include: { review: true, sourceAuthor: true } });
    expect(comments).toHaveLength(1);
    const [mai] = comments;
    expect(mai?.review.slug).toBe("alone-yet-not-alone-technology-and-her");
    expect(mai?.sourceAuthor?.name).toBe("Mai");
    expect(mai?.authorId).toBeNull();
    expect(mai?.body).toContain("safety pin");
    expect(mai).toMatchObject({ parentId: null, rootId: null, depth: 0, state: "PUBLISHED" });
    expect(mai?.review.commentCount).toBe(1);
    expect(await db.review.count({ where: { commentCount: { not: 0 } } })).toBe(1);
  });

  it("leaves the blogs' boilerplate out of the imported text", async () => {
    const texts = [
      ...(await db.review.findMany({ select: { slug: true, body: true } })).map((review) => [review.slug, review.body]),
      ...(await db.comment.findMany({ select: { id: true, body: true } })).map((comment) => [comment.id, comment.body]),
    ];
    for (const [source, text] of texts) {
      for (const boilerplate of ["Leave a Reply", "Connecting to %s", "commenting using", "thoughts on"]) {
        expect(text!.toLowerCase(), `${source} contains "${boilerplate}"`).not.toContain(boilerplate.toLowerCase());
      }
    }
  });

  it("changes nothing when run a second time", async () => {
    const before = await dumpSeededTables();
    expect(before.films).toHaveLength(1);

    const again = await seedDatabase(db);

    expect(again.created).toBe(0);
    expect(await dumpSeededTables()).toEqual(before);
  });
});

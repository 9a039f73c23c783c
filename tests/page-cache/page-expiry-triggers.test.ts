// The triggers that tell every instance's page cache a cached guest page is out of date.
import pg from "pg";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createTestComment, createTestFilm, createTestReview, createTestUser } from "../helpers/fixtures";
import { createCountedComment, moderated } from "../helpers/moderation-fixtures";

async function tagsWritten(action: () => Promise<unknown>): Promise<string[]> {
  await db.pageCacheExpiry.deleteMany();
  await action();
  const rows = await db.pageCacheExpiry.findMany({ select: { tag: true }, orderBy: { tag: "asc" } });
  return [...new Set(rows.map((row) => row.tag))];
}

describe("page expiry triggers", () => {
  let film: Awaited<ReturnType<typeof createTestFilm>>;
  let author: Awaited<ReturnType<typeof createTestUser>>;
  let review: Awaited<ReturnType<typeof createTestReview>>;

  beforeEach(async () => {
    film = await createTestFilm();
    author = await createTestUser();
    review = await createTestReview({ authorId: author.id, filmId: film.id });
  });

  it("a comment, or any change to one, expires its review's pages", async () => {
    expect(await tagsWritten(() => createTestComment({ reviewId: review.id, authorId: author.id }))).toEqual([`review:${review.id}`]);
    const comment = await createTestComment({ reviewId: review.id, authorId: author.id });
    expect(await tagsWritten(() => db.comment.update({ where: { id: comment.id }, data: { upvoteCount: { increment: 1 } } }))).toEqual([`review:${review.id}`]);
    expect(await tagsWritten(() => db.comment.delete({ where: { id: comment.id } }))).toEqual([`review:${review.id}`]);
  });

  it("a statement writing many comments (an import) expires each review once, not once per comment", async () => {
    const other = await createTestReview({ authorId: (await createTestUser()).id, filmId: film.id });
    const rows = [review.id, review.id, review.id, other.id].map((reviewId, index) => ({ reviewId, authorId: author.id, body: `Bulk ${index}` }));
    await db.pageCacheExpiry.deleteMany();
    await db.comment.createMany({ data: rows });
    const written = await db.pageCacheExpiry.findMany({ select: { tag: true }, orderBy: { tag: "asc" } });
    expect(written.map((row) => row.tag)).toEqual([`review:${review.id}`, `review:${other.id}`].sort());
    expect(await tagsWritten(() => db.comment.updateMany({ where: { reviewId: review.id }, data: { upvoteCount: 1 } }))).toEqual([`review:${review.id}`]);
    expect(await tagsWritten(() => db.comment.updateMany({ where: { body: "no such comment" }, data: { upvoteCount: 1 } }))).toEqual([]);
  });

  it("a review's change expires its page, its card, its film's page and the lists", async () => {
    const expected = ["lists", `film:${film.slug}`, `review-card:${review.id}`, `review:${review.id}`].sort();
    // A helpful vote too: the "helpful" sort orders the film's reviews by that count.
    expect(await tagsWritten(() => db.review.update({ where: { id: review.id }, data: { helpfulCount: { increment: 1 } } }))).toEqual(expected);
    expect(await tagsWritten(() => db.review.update({ where: { id: review.id }, data: { title: "A new title" } }))).toEqual(expected);
    expect(await tagsWritten(() => db.review.update({ where: { id: review.id }, data: { state: "HIDDEN" } }))).toEqual(expected);
    const reviewer = await createTestUser();
    const added = await tagsWritten(() => createTestReview({ authorId: reviewer.id, filmId: film.id }));
    expect(added).toContain(`film:${film.slug}`);
    expect(added).toContain("lists");
    expect(await tagsWritten(() => db.review.delete({ where: { id: review.id } }))).toEqual(expected);
  });

  it("a comment posted or hidden expires its review's pages and its card, not its film's page or the lists", async () => {
    const expected = [`review-card:${review.id}`, `review:${review.id}`];
    let comment: Awaited<ReturnType<typeof createCountedComment>> | undefined;
    expect(await tagsWritten(async () => (comment = await createCountedComment({ reviewId: review.id, authorId: author.id })))).toEqual(expected);
    expect((await db.review.findUniqueOrThrow({ where: { id: review.id } })).commentCount).toBe(1);
    const moderator = await createTestUser({ role: "MODERATOR" });
    expect(await tagsWritten(() => moderated(moderator.id, { kind: "COMMENT", id: comment!.id }, "hide", "Off topic"))).toEqual(expected);
    expect((await db.review.findUniqueOrThrow({ where: { id: review.id } })).commentCount).toBe(0);
  });

  it("a count changed along with anything else expires what any other change does", async () => {
    const everything = ["lists", `film:${film.slug}`, `review-card:${review.id}`, `review:${review.id}`].sort();
    // Prisma's update also moves updatedAt: no longer the count alone.
    expect(await tagsWritten(() => db.review.update({ where: { id: review.id }, data: { commentCount: { increment: 1 } } }))).toEqual(everything);
    expect(
      await tagsWritten(() => db.$executeRaw`UPDATE "Review" SET "commentCount" = "commentCount" + 1, "body" = 'Rewritten.' WHERE "id" = ${review.id}`),
    ).toEqual(everything);
    expect(await tagsWritten(() => db.$executeRaw`UPDATE "Review" SET "commentCount" = "commentCount" + 1 WHERE "id" = ${review.id}`)).toEqual(
      [`review-card:${review.id}`, `review:${review.id}`],
    );
  });

  it("films, settings and what pages show of a person expire every page", async () => {
    expect(await tagsWritten(() => db.film.update({ where: { id: film.id }, data: { title: "Renamed" } }))).toEqual(["all"]);
    expect(await tagsWritten(() => db.setting.upsert({ where: { key: "replyDepth" }, create: { key: "replyDepth", value: 6 }, update: { value: 6 } }))).toEqual(["all"]);
    expect(await tagsWritten(() => db.user.update({ where: { id: author.id }, data: { name: "New name" } }))).toEqual(["all"]);
  });

  it("a password change or a ban leaves cached pages alone", async () => {
    expect(await tagsWritten(() => db.user.update({ where: { id: author.id }, data: { passwordHash: "x" } }))).toEqual([]);
    expect(await tagsWritten(() => db.user.update({ where: { id: author.id }, data: { bannedAt: new Date(), banReason: "Spam" } }))).toEqual([]);
  });

  it("deleting a film (one without reviews: the schema refuses the rest) expires every page", async () => {
    const emptyFilm = await createTestFilm();
    expect(await tagsWritten(() => db.film.delete({ where: { id: emptyFilm.id } }))).toEqual(["all"]);
  });

  it("announces each expiry to every listening instance when it commits, once per tag, and never one rolled back", async () => {
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await listener.connect();
    const heard: { tag: string; ageMs: number }[] = [];
    listener.on("notification", (message) => heard.push(JSON.parse(message.payload!)));
    await listener.query("LISTEN marquee_page_expiry");
    try {
      await db.$transaction(async (tx) => {
        await tx.comment.createMany({ data: [1, 2].map((n) => ({ reviewId: review.id, authorId: author.id, body: `Announced ${n}` })) });
        await tx.pageCacheExpiry.create({ data: { tag: "film:back-dated", expiredAt: new Date(Date.now() - 60_000) } });
        expect(heard).toEqual([]); // not before the commit
      });
      await vi.waitFor(() => expect(heard.map((n) => n.tag).sort()).toEqual(["film:back-dated", `review:${review.id}`]));
      // How long ago the row says it expired, so each instance can place it on its own clock.
      expect(heard.find((n) => n.tag === `review:${review.id}`)!.ageMs).toBeLessThan(5_000);
      expect(heard.find((n) => n.tag === "film:back-dated")!.ageMs).toBeGreaterThanOrEqual(59_000);

      heard.length = 0;
      await expect(
        db.$transaction(async (tx) => {
          await tx.pageCacheExpiry.create({ data: { tag: "review:rolled-back" } });
          throw new Error("roll it back");
        }),
      ).rejects.toThrow("roll it back");
      await db.pageCacheExpiry.create({ data: { tag: "review:after" } });
      await vi.waitFor(() => expect(heard.map((n) => n.tag)).toContain("review:after"));
      expect(heard.map((n) => n.tag)).toEqual(["review:after"]);
    } finally {
      await listener.end();
    }
  });
});

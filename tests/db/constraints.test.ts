// The database itself enforces the rules the app relies on, so a bug in app validation (or a
// hand-written SQL statement) cannot store an impossible row. These writes go straight through
// Prisma with no app-level checks in between.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

const CHECK_VIOLATION = "23514";
const UNIQUE_VIOLATION = "23505";

/** What PostgreSQL said, as carried by Prisma's driver-adapter error. */
function postgresError(error: unknown): { code?: string; text: string } {
  const cause = (error as { meta?: { driverAdapterError?: { cause?: Record<string, unknown> } } }).meta
    ?.driverAdapterError?.cause;
  return { code: cause?.originalCode as string | undefined, text: JSON.stringify(cause ?? null) };
}

async function expectRejected(write: Promise<unknown>, code: string, constraint: string): Promise<void> {
  const error = await write.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error, `expected the database to reject the write with ${constraint}`).toBeDefined();
  const { code: actualCode, text } = postgresError(error);
  expect(actualCode).toBe(code);
  expect(text).toContain(constraint);
}

let filmId: string;
let otherFilmId: string;
let userId: string;
let sourceAuthorId: string;

let counter = 0;
async function createUser(): Promise<string> {
  counter++;
  const user = await db.user.create({ data: { handle: `user-${counter}`, handleSkeleton: `user-${counter}` } });
  return user.id;
}

async function createFilm(): Promise<string> {
  counter++;
  return (await db.film.create({ data: { slug: `film-${counter}`, title: `Film ${counter}` } })).id;
}

beforeAll(async () => {
  filmId = await createFilm();
  otherFilmId = await createFilm();
  userId = await createUser();
  sourceAuthorId = (await db.sourceAuthor.create({ data: { key: "critic", name: "A Critic" } })).id;
});

describe("review ratings (half stars, 1..10)", () => {
  it.each([0, 11, -1])("rejects a rating of %i", async (rating) => {
    await expectRejected(
      db.review.create({ data: { filmId, sourceAuthorId, rating } }),
      CHECK_VIOLATION,
      "Review_rating_range",
    );
  });

  it("rejects an out-of-range rating written with raw SQL too", async () => {
    await expectRejected(
      db.$executeRaw`INSERT INTO "Review" (id, "filmId", "sourceAuthorId", rating, "updatedAt")
                     VALUES ('raw-rating', ${filmId}, ${sourceAuthorId}, 11, now())`,
      CHECK_VIOLATION,
      "Review_rating_range",
    );
  });

  it.each([1, 10, null])("accepts a rating of %s", async (rating) => {
    const review = await db.review.create({ data: { filmId, sourceAuthorId, rating } });
    expect((await db.review.findUniqueOrThrow({ where: { id: review.id } })).rating).toBe(rating);
  });

  it("applies the same range to review revisions", async () => {
    const review = await db.review.create({ data: { filmId, sourceAuthorId } });
    await expectRejected(
      db.reviewRevision.create({ data: { reviewId: review.id, body: "", rating: 0, hasSpoilers: false } }),
      CHECK_VIOLATION,
      "ReviewRevision_rating_range",
    );
  });
});

describe("one review per user per film", () => {
  it("rejects a second review of the same film by the same user", async () => {
    const author = await createUser();
    await db.review.create({ data: { filmId, authorId: author, body: "first" } });
    await expectRejected(
      db.review.create({ data: { filmId, authorId: author, body: "second" } }),
      UNIQUE_VIOLATION,
      "Review_filmId_authorId_key",
    );
    expect(await db.review.count({ where: { filmId, authorId: author } })).toBe(1);
  });

  it("lets the same user review another film", async () => {
    const author = await createUser();
    await db.review.create({ data: { filmId, authorId: author } });
    await db.review.create({ data: { filmId: otherFilmId, authorId: author } });
    expect(await db.review.count({ where: { authorId: author } })).toBe(2);
  });

  it("lets one film have several imported reviews (no user author)", async () => {
    const film = await createFilm();
    await db.review.create({ data: { filmId: film, sourceAuthorId } });
    await db.review.create({ data: { filmId: film, sourceAuthorId } });
    expect(await db.review.count({ where: { filmId: film } })).toBe(2);
  });
});

describe("every review and comment has an author", () => {
  it("rejects a review with no author at all", async () => {
    await expectRejected(db.review.create({ data: { filmId } }), CHECK_VIOLATION, "Review_has_author");
  });

  it("lets a member hold an imported review they claimed: both authors, still the source's", async () => {
    const claimed = await db.review.create({ data: { filmId: otherFilmId, authorId: await createUser(), sourceAuthorId } });
    expect(claimed.sourceAuthorId).toBe(sourceAuthorId);
  });

  it("applies the same rule to comments", async () => {
    const review = await db.review.create({ data: { filmId, sourceAuthorId } });
    await expectRejected(
      db.comment.create({ data: { reviewId: review.id, body: "orphan words" } }),
      CHECK_VIOLATION,
      "Comment_has_author",
    );
    const claimed = await db.comment.create({ data: { reviewId: review.id, body: "two voices", authorId: userId, sourceAuthorId } });
    expect(claimed.authorId).toBe(userId);
  });
});

describe("votes and reports have exactly one target", () => {
  it("rejects a vote on a review and a comment at once, and a vote on nothing", async () => {
    const review = await db.review.create({ data: { filmId, sourceAuthorId } });
    const comment = await db.comment.create({ data: { reviewId: review.id, authorId: userId, body: "hi" } });
    const voter = await createUser();
    await expectRejected(
      db.vote.create({ data: { userId: voter, reviewId: review.id, commentId: comment.id } }),
      CHECK_VIOLATION,
      "Vote_one_target",
    );
    await expectRejected(db.vote.create({ data: { userId: voter } }), CHECK_VIOLATION, "Vote_one_target");

    await db.vote.create({ data: { userId: voter, reviewId: review.id } });
    await db.vote.create({ data: { userId: voter, commentId: comment.id } });
    expect(await db.vote.count({ where: { userId: voter } })).toBe(2);
  });

  it("rejects a report of a review and a comment at once", async () => {
    const review = await db.review.create({ data: { filmId, sourceAuthorId } });
    const comment = await db.comment.create({ data: { reviewId: review.id, authorId: userId, body: "hi" } });
    await expectRejected(
      db.report.create({
        data: { reporterId: await createUser(), reviewId: review.id, commentId: comment.id, reason: "SPAM" },
      }),
      CHECK_VIOLATION,
      "Report_one_target",
    );
  });
});

describe("comment thread shape", () => {
  it("accepts a top-level comment and a reply with parent, root and depth", async () => {
    const review = await db.review.create({ data: { filmId, sourceAuthorId } });
    const top = await db.comment.create({ data: { reviewId: review.id, authorId: userId, body: "top" } });
    const reply = await db.comment.create({
      data: { reviewId: review.id, authorId: userId, body: "reply", parentId: top.id, rootId: top.id, depth: 1 },
    });
    expect(reply.depth).toBe(1);
  });

  it("rejects a depth-0 comment that has a parent", async () => {
    const review = await db.review.create({ data: { filmId, sourceAuthorId } });
    const top = await db.comment.create({ data: { reviewId: review.id, authorId: userId, body: "top" } });
    await expectRejected(
      db.comment.create({
        data: { reviewId: review.id, authorId: userId, body: "bad", parentId: top.id, rootId: top.id, depth: 0 },
      }),
      CHECK_VIOLATION,
      "Comment_thread_shape",
    );
  });

  it("rejects a reply without a root, and a top-level comment with a depth", async () => {
    const review = await db.review.create({ data: { filmId, sourceAuthorId } });
    const top = await db.comment.create({ data: { reviewId: review.id, authorId: userId, body: "top" } });
    await expectRejected(
      db.comment.create({ data: { reviewId: review.id, authorId: userId, body: "x", parentId: top.id, depth: 1 } }),
      CHECK_VIOLATION,
      "Comment_thread_shape",
    );
    await expectRejected(
      db.comment.create({ data: { reviewId: review.id, authorId: userId, body: "x", depth: 2 } }),
      CHECK_VIOLATION,
      "Comment_thread_shape",
    );
  });
});

describe("counters", () => {
  it("never go negative", async () => {
    await expectRejected(
      db.review.create({ data: { filmId, sourceAuthorId, helpfulCount: -1 } }),
      CHECK_VIOLATION,
      "Review_counters_nonnegative",
    );
  });
});

// Every DateTime column is a timestamp without time zone holding UTC, as Prisma writes it.
// SQL the app writes by hand must store the same, even on a PostgreSQL whose time zone isn't
// UTC (a Debian server takes the machine's). This file's database is set to New York time.
import { beforeAll, describe, expect, it } from "vitest";
import { insertComment } from "@/lib/comments/insert-comment";
import { db } from "@/lib/db";
import { consumeRateLimit } from "@/lib/rate-limit";
import { createTestReview, createTestUser } from "../helpers/fixtures";
import { runDatabaseIn } from "../helpers/database-time-zone";

const SECONDS = 1000;

beforeAll(async () => {
  // The app's connections (opened from here on) run in New York time.
  await runDatabaseIn("America/New_York");
});

describe("on a database not set to UTC", () => {
  it("rate-limit windows last as long as the rule says", async () => {
    const rule = { name: "time-zone-test", limit: 1, windowSeconds: 600 };
    expect((await consumeRateLimit(rule, "someone")).allowed).toBe(true);
    const refused = await consumeRateLimit(rule, "someone");
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(590);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(600);
    expect((await consumeRateLimit(rule, "someone")).retryAfterSeconds).toBeGreaterThan(590);
  });

  it("dates a new comment and its notification now", async () => {
    const reviewer = await createTestUser();
    const commenter = await createTestUser();
    const review = await createTestReview({ authorId: reviewer.id });
    const before = Date.now();
    const { id } = await insertComment({
      reviewId: review.id,
      authorId: commenter.id,
      parentId: null,
      rootId: null,
      depth: 0,
      body: "Posted from New York.",
      heldReason: null,
      parentAuthorId: null,
      reviewAuthorId: reviewer.id,
    });
    const comment = await db.comment.findUniqueOrThrow({ where: { id }, select: { createdAt: true, updatedAt: true } });
    const notification = await db.notification.findFirstOrThrow({ where: { commentId: id }, select: { createdAt: true } });
    for (const date of [comment.createdAt, comment.updatedAt, notification.createdAt]) {
      expect(Math.abs(date.getTime() - before)).toBeLessThan(5 * SECONDS);
    }
  });
});

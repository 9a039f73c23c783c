// The moderation queue as the admin pages list it: held items and items with open reports,
// newest first, each kind and both together, with totals that match.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countQueue, listQueue } from "@/lib/queries/admin/queue";
import { parseQueueFilters } from "@/lib/queries/admin/queue-filters";
import { createTestComment, createTestReview, createTestUser } from "../helpers/fixtures";
import { createPendingComment } from "../helpers/moderation-fixtures";

describe("the moderation queue listing", () => {
  const expected: string[] = [];
  let quiet: string[];

  beforeAll(async () => {
    const [writer, reporter] = [await createTestUser(), await createTestUser()];
    const report = (target: { reviewId?: string; commentId?: string }, status: "OPEN" | "RESOLVED" = "OPEN") =>
      db.report.create({ data: { reporterId: reporter.id, reason: "SPAM", status, ...target } });

    const heldReview = await createTestReview({ authorId: writer.id });
    await db.review.update({ where: { id: heldReview.id }, data: { state: "PENDING" } });
    const reportedReview = await createTestReview({ authorId: writer.id });
    await report({ reviewId: reportedReview.id });
    const heldComment = await createPendingComment({ reviewId: reportedReview.id, authorId: writer.id });
    const reportedComment = await createTestComment({ reviewId: reportedReview.id, authorId: writer.id });
    await report({ commentId: reportedComment.id });
    expected.push(heldReview.id, reportedReview.id, heldComment.id, reportedComment.id);

    // Not in the queue: published and unreported, or reported and already dealt with.
    const settledComment = await createTestComment({ reviewId: reportedReview.id, authorId: writer.id });
    await report({ commentId: settledComment.id }, "RESOLVED");
    const plainReview = await createTestReview({ authorId: writer.id });
    quiet = [settledComment.id, plainReview.id];
  });

  it("lists held and openly reported reviews and comments, and nothing else", async () => {
    const { rows, total } = await listQueue(parseQueueFilters({}), 100);
    const ids = rows.map((row) => row.id);
    expect(ids).toEqual(expect.arrayContaining(expected));
    for (const id of quiet) expect(ids).not.toContain(id);
    expect(total).toBe(rows.length);
    const counts = await countQueue();
    expect(counts.pending + counts.reportedItems).toBe(total);
  });

  it("lists one kind alone with the same members", async () => {
    const reviews = await listQueue(parseQueueFilters({ type: "review" }), 100);
    const comments = await listQueue(parseQueueFilters({ type: "comment" }), 100);
    expect([...reviews.rows, ...comments.rows].map((row) => row.id).sort()).toEqual([...expected].sort());
  });

  it("puts what most recently came to need a moderator first, across kinds", async () => {
    const [writer, reporter] = [await createTestUser(), await createTestUser()];
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    const review = await createTestReview({ authorId: writer.id });
    // Written long ago, reported a minute ago: it comes first.
    const oldReported = await createTestComment({ reviewId: review.id, authorId: writer.id, createdAt: minutesAgo(60 * 24 * 30) });
    await db.report.create({ data: { reporterId: reporter.id, reason: "ABUSE", commentId: oldReported.id, createdAt: minutesAgo(1) } });
    // Held when it was written, ten minutes ago.
    const held = await createPendingComment({ reviewId: review.id, authorId: writer.id });
    await db.comment.update({ where: { id: held.id }, data: { createdAt: minutesAgo(10) } });
    // Published a day ago, edited into a hold five minutes ago.
    const editedIntoHold = await createTestReview({ authorId: writer.id });
    await db.review.update({ where: { id: editedIntoHold.id }, data: { state: "PENDING", createdAt: minutesAgo(60 * 24), editedAt: minutesAgo(5) } });

    const { rows } = await listQueue(parseQueueFilters({}), 100);
    const order = rows.map((row) => row.id).filter((id) => [oldReported.id, held.id, editedIntoHold.id].includes(id));
    expect(order).toEqual([oldReported.id, editedIntoHold.id, held.id]);

    const page2 = await listQueue(parseQueueFilters({ page: "2" }), 1);
    expect(page2.rows).toHaveLength(1);
    expect(page2.rows[0]!.id).toBe(rows[1]!.id);
  });
});

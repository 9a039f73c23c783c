// Reports: once per person, never on your own writing, and enough distinct reporters hide an
// item until a moderator looks — which dismissing the reports undoes.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { dismissReportsAction } from "@/lib/actions/moderation/content";
import { reportContentAction } from "@/lib/actions/moderation/reports";
import { db } from "@/lib/db";
import { expectFieldError, expectOk, expectRefused } from "../helpers/action-results";
import { actAs } from "../helpers/acting-as";
import { createTestReview, createTestUser } from "../helpers/fixtures";
import { commentCountOf, createCountedComment } from "../helpers/moderation-fixtures";
import { resetSetting, setSetting } from "../helpers/site-settings";

type User = Awaited<ReturnType<typeof createTestUser>>;

const stateOf = async (commentId: string) => db.comment.findUniqueOrThrow({ where: { id: commentId }, select: { state: true, stateReason: true } });

describe("reporting content", () => {
  let moderator: User;

  beforeAll(async () => {
    moderator = await createTestUser({ role: "MODERATOR" });
  });

  async function reportedItem() {
    const author = await createTestUser();
    const review = await createTestReview({ authorId: (await createTestUser()).id });
    const comment = await createCountedComment({ reviewId: review.id, authorId: author.id });
    return { author, review, comment };
  }

  /** Reports the comment from `count` different new users. */
  async function reportFromDistinctUsers(commentId: string, count: number) {
    const results = [];
    for (let i = 0; i < count; i++) {
      actAs(await createTestUser());
      results.push(await reportContentAction({ kind: "COMMENT", id: commentId, reason: "ABUSE" }));
    }
    return results;
  }

  it("records a report with its reason and details", async () => {
    const { comment } = await reportedItem();
    const reporter = await createTestUser();
    actAs(reporter);
    expectOk(await reportContentAction({ kind: "COMMENT", id: comment.id, reason: "OTHER", details: "  Copied from another site  " }));
    expect(await db.report.findMany({ where: { commentId: comment.id } })).toEqual([
      expect.objectContaining({ reporterId: reporter.id, reason: "OTHER", details: "Copied from another site", status: "OPEN" }),
    ]);
  });

  it("asks for details when the reason is 'other', and refuses anonymous reports", async () => {
    const { comment } = await reportedItem();
    actAs(await createTestUser());
    expectFieldError(await reportContentAction({ kind: "COMMENT", id: comment.id, reason: "OTHER" }), "details");
    actAs(null);
    expectRefused(await reportContentAction({ kind: "COMMENT", id: comment.id, reason: "SPAM" }), "Sign in");
    expect(await db.report.count({ where: { commentId: comment.id } })).toBe(0);
  });

  it("lets a user report an item only once", async () => {
    const { comment } = await reportedItem();
    actAs(await createTestUser());
    expectOk(await reportContentAction({ kind: "COMMENT", id: comment.id, reason: "SPAM" }));
    expectRefused(await reportContentAction({ kind: "COMMENT", id: comment.id, reason: "ABUSE" }), "already reported");
    expect(await db.report.count({ where: { commentId: comment.id } })).toBe(1);
  });

  it("refuses a report of your own writing", async () => {
    const { author, review, comment } = await reportedItem();
    const ownReview = await createTestReview({ authorId: author.id });
    actAs(author);
    expectRefused(await reportContentAction({ kind: "COMMENT", id: comment.id, reason: "SPAM" }), "your own");
    expectRefused(await reportContentAction({ kind: "REVIEW", id: ownReview.id, reason: "SPAM" }), "your own");
    expect(await db.report.count({ where: { OR: [{ commentId: comment.id }, { reviewId: { in: [review.id, ownReview.id] } }] } })).toBe(0);
  });

  it("hides an item after 3 reports from different users, logging it as the system's doing", async () => {
    const { review, comment } = await reportedItem();
    const results = await reportFromDistinctUsers(comment.id, 2);
    results.forEach((result) => expectOk(result));
    expect((await stateOf(comment.id)).state).toBe("PUBLISHED");
    expect(await commentCountOf(review.id)).toBe(1);

    expectOk((await reportFromDistinctUsers(comment.id, 1))[0]!);
    const hidden = await stateOf(comment.id);
    expect(hidden.state).toBe("HIDDEN");
    expect(hidden.stateReason).toMatch(/3 reports/);
    expect(await commentCountOf(review.id)).toBe(0);

    const audit = await db.moderationAction.findMany({ where: { targetId: comment.id } });
    expect(audit).toEqual([
      expect.objectContaining({
        actorId: null,
        action: "comment.auto-hide",
        targetType: "COMMENT",
        reason: hidden.stateReason,
        before: { state: "PUBLISHED", stateReason: null },
        after: { state: "HIDDEN", stateReason: hidden.stateReason },
      }),
    ]);
  });

  it("hides an item when 3 different users report it at the same moment", async () => {
    // A lost update shows only under some interleavings, so try several items.
    for (let round = 0; round < 8; round++) {
      const { review, comment } = await reportedItem();
      const reporters = [await createTestUser(), await createTestUser(), await createTestUser()];
      // Each call reads its caller synchronously, so the three run concurrently as different users.
      const results = await Promise.all(
        reporters.map((reporter) => {
          actAs(reporter);
          return reportContentAction({ kind: "COMMENT", id: comment.id, reason: "ABUSE" });
        }),
      );
      results.forEach((result) => expectOk(result));
      expect(await db.report.count({ where: { commentId: comment.id, status: "OPEN" } })).toBe(3);
      expect((await stateOf(comment.id)).state, `round ${round}: 3 open reports but not hidden`).toBe("HIDDEN");
      expect(await commentCountOf(review.id)).toBe(0);
      expect(await db.moderationAction.count({ where: { targetId: comment.id, action: "comment.auto-hide" } })).toBe(1);
    }
  });

  it("doesn't hide an item reported three times by one user", async () => {
    const { review, comment } = await reportedItem();
    actAs(await createTestUser());
    const results = [];
    for (const reason of ["SPAM", "ABUSE", "OFF_TOPIC"] as const) results.push(await reportContentAction({ kind: "COMMENT", id: comment.id, reason }));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect((await stateOf(comment.id)).state).toBe("PUBLISHED");
    expect(await commentCountOf(review.id)).toBe(1);
    expect(await db.moderationAction.count({ where: { targetId: comment.id } })).toBe(0);
  });

  it("hides a review the same way", async () => {
    const review = await createTestReview({ authorId: (await createTestUser()).id });
    for (let i = 0; i < 3; i++) {
      actAs(await createTestUser());
      expectOk(await reportContentAction({ kind: "REVIEW", id: review.id, reason: "SPOILER" }));
    }
    expect((await db.review.findUniqueOrThrow({ where: { id: review.id } })).state).toBe("HIDDEN");
    expect(await db.moderationAction.findFirst({ where: { targetId: review.id } })).toMatchObject({ actorId: null, action: "review.auto-hide" });
  });

  it("follows the auto-hide threshold setting", async () => {
    try {
      await setSetting("autoHideReportThreshold", 5);
      const { comment } = await reportedItem();
      await reportFromDistinctUsers(comment.id, 4);
      expect((await stateOf(comment.id)).state).toBe("PUBLISHED");
      await reportFromDistinctUsers(comment.id, 1);
      expect(await stateOf(comment.id)).toMatchObject({ state: "HIDDEN", stateReason: expect.stringContaining("5 reports") });

      await setSetting("autoHideReportThreshold", 1);
      const { comment: touchy } = await reportedItem();
      await reportFromDistinctUsers(touchy.id, 1);
      expect((await stateOf(touchy.id)).state).toBe("HIDDEN");
    } finally {
      await resetSetting("autoHideReportThreshold");
    }
  });

  it("refuses reports on items that aren't published", async () => {
    const { comment } = await reportedItem();
    await reportFromDistinctUsers(comment.id, 3);
    actAs(await createTestUser());
    expectRefused(await reportContentAction({ kind: "COMMENT", id: comment.id, reason: "SPAM" }), "isn't available");
    expect(await db.report.count({ where: { commentId: comment.id } })).toBe(3);
  });

  it("restores an auto-hidden item when a moderator dismisses its reports", async () => {
    const { review, comment } = await reportedItem();
    await reportFromDistinctUsers(comment.id, 3);
    expect((await stateOf(comment.id)).state).toBe("HIDDEN");

    actAs(moderator);
    expect(expectOk(await dismissReportsAction({ kind: "COMMENT", id: comment.id }))).toEqual({ dismissed: 3 });

    expect(await stateOf(comment.id)).toEqual({ state: "PUBLISHED", stateReason: null });
    expect(await commentCountOf(review.id)).toBe(1);
    const reports = await db.report.findMany({ where: { commentId: comment.id } });
    expect(reports.map((report) => [report.status, report.resolvedById])).toEqual(Array(3).fill(["DISMISSED", moderator.id]));
    expect(await db.moderationAction.findFirst({ where: { targetId: comment.id, action: "comment.auto-hide" } })).toMatchObject({ undoneById: moderator.id });
    expect(await db.moderationAction.findFirst({ where: { targetId: comment.id, action: "comment.dismiss-reports" } })).toMatchObject({
      actorId: moderator.id,
      before: { openReports: 3 },
      after: { openReports: 0, restored: true },
    });

    // With the old reports dismissed, it takes 3 new reporters to hide it again.
    await reportFromDistinctUsers(comment.id, 2);
    expect((await stateOf(comment.id)).state).toBe("PUBLISHED");
  });

  it("dismissing reports on an item that wasn't hidden leaves it as it is", async () => {
    const { review, comment } = await reportedItem();
    await reportFromDistinctUsers(comment.id, 1);
    actAs(moderator);
    expectOk(await dismissReportsAction({ kind: "COMMENT", id: comment.id }));
    expect(await stateOf(comment.id)).toEqual({ state: "PUBLISHED", stateReason: null });
    expect(await commentCountOf(review.id)).toBe(1);
    expectRefused(await dismissReportsAction({ kind: "COMMENT", id: comment.id }), "no open reports");
  });
});

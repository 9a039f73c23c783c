// Working the moderation queue: approving held comments (which counts and announces them only
// then), reasons for hiding, bulk decisions, and transitions that make no sense.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { bulkModerateAction, moderateContentAction } from "@/lib/actions/moderation/content";
import { db } from "@/lib/db";
import { expectFieldError, expectOk, expectRefused } from "../helpers/action-results";
import { actAs } from "../helpers/acting-as";
import { postedComment } from "../helpers/comment-posting";
import { createTestReview, createTestUser } from "../helpers/fixtures";
import { commentCountOf, createCountedComment, createPendingComment, moderated } from "../helpers/moderation-fixtures";

type User = Awaited<ReturnType<typeof createTestUser>>;

const stateOf = (id: string) => db.comment.findUniqueOrThrow({ where: { id }, select: { state: true, stateReason: true } });

describe("the moderation queue", () => {
  let moderator: User;

  beforeAll(async () => {
    moderator = await createTestUser({ role: "MODERATOR" });
  });

  it("approving a held reply publishes it, counts it, and only then tells the people it concerns", async () => {
    const reviewer = await createTestUser();
    const parentAuthor = await createTestUser();
    const review = await createTestReview({ authorId: reviewer.id });
    const parent = await createCountedComment({ reviewId: review.id, authorId: parentAuthor.id });
    await db.notification.deleteMany({ where: { userId: { in: [reviewer.id, parentAuthor.id] } } });

    const newcomer = await createTestUser();
    const held = await postedComment(newcomer, { reviewId: review.id, parentId: parent.id });
    expect(held.state).toBe("PENDING");
    expect(await commentCountOf(review.id)).toBe(1);
    expect(await db.notification.count({ where: { commentId: held.commentId } })).toBe(0);

    actAs(moderator);
    expectOk(await moderateContentAction({ decision: "approve", kind: "COMMENT", id: held.commentId }));
    expect(await stateOf(held.commentId)).toEqual({ state: "PUBLISHED", stateReason: null });
    expect(await commentCountOf(review.id)).toBe(2);
    expect(await db.notification.findMany({ where: { commentId: held.commentId }, select: { userId: true, type: true, actorId: true }, orderBy: { type: "asc" } })).toEqual([
      { userId: parentAuthor.id, type: "COMMENT_REPLY", actorId: newcomer.id },
      { userId: reviewer.id, type: "REVIEW_COMMENT", actorId: newcomer.id },
      // …and its author, about the moderator's decision.
      { userId: newcomer.id, type: "MODERATION", actorId: moderator.id },
    ]);
  });

  it("approving a held review publishes it", async () => {
    const review = await createTestReview({ authorId: (await createTestUser()).id });
    await db.review.update({ where: { id: review.id }, data: { state: "PENDING", stateReason: "Held for moderation: contains 4 links" } });
    actAs(moderator);
    expectOk(await moderateContentAction({ decision: "approve", kind: "REVIEW", id: review.id }));
    expect(await db.review.findUniqueOrThrow({ where: { id: review.id }, select: { state: true, stateReason: true } })).toEqual({ state: "PUBLISHED", stateReason: null });
  });

  it("hiding and deleting need a reason, which the author then sees", async () => {
    const review = await createTestReview({ authorId: (await createTestUser()).id });
    const comment = await createCountedComment({ reviewId: review.id, authorId: (await createTestUser()).id });
    actAs(moderator);
    for (const decision of ["hide", "delete"] as const) {
      expectFieldError(await moderateContentAction({ decision, kind: "COMMENT", id: comment.id, reason: "" }), "reason");
      expectFieldError(await moderateContentAction({ decision, kind: "COMMENT", id: comment.id, reason: " \n " }), "reason");
      expectFieldError(await moderateContentAction({ decision, kind: "COMMENT", id: comment.id } as { decision: "hide"; kind: "COMMENT"; id: string; reason: string }), "reason");
    }
    expect(await stateOf(comment.id)).toEqual({ state: "PUBLISHED", stateReason: null });
    expect(await db.moderationAction.count({ where: { targetId: comment.id } })).toBe(0);

    expectOk(await moderateContentAction({ decision: "hide", kind: "COMMENT", id: comment.id, reason: "  Spoils the ending without a warning " }));
    expect(await stateOf(comment.id)).toEqual({ state: "HIDDEN", stateReason: "Spoils the ending without a warning" });
    expect(await commentCountOf(review.id)).toBe(0);
  });

  it("closes the item's open reports when a moderator decides on it", async () => {
    const review = await createTestReview({ authorId: (await createTestUser()).id });
    const comment = await createCountedComment({ reviewId: review.id, authorId: (await createTestUser()).id });
    await db.report.create({ data: { reporterId: (await createTestUser()).id, commentId: comment.id, reason: "ABUSE" } });
    actAs(moderator);
    expectOk(await moderateContentAction({ decision: "hide", kind: "COMMENT", id: comment.id, reason: "Abusive" }));
    expect(await db.report.findMany({ where: { commentId: comment.id }, select: { status: true, resolvedById: true } })).toEqual([{ status: "RESOLVED", resolvedById: moderator.id }]);
  });

  it("bulk approval reports what was done and what failed, item by item", async () => {
    const review = await createTestReview({ authorId: (await createTestUser()).id });
    const held = [
      await createPendingComment({ reviewId: review.id, authorId: (await createTestUser()).id }),
      await createPendingComment({ reviewId: review.id, authorId: (await createTestUser()).id }),
      await createPendingComment({ reviewId: review.id, authorId: (await createTestUser()).id }),
    ];
    const alreadyPublished = await createCountedComment({ reviewId: review.id, authorId: (await createTestUser()).id });
    const missing = "cnosuchcomment0000000000";

    actAs(moderator);
    const items = [...held.map((comment) => ({ kind: "COMMENT" as const, id: comment.id })), { kind: "COMMENT" as const, id: alreadyPublished.id }, { kind: "COMMENT" as const, id: missing }];
    const { done, failures } = expectOk(await bulkModerateAction({ decision: "approve", items }));

    expect(done).toBe(3);
    expect(failures).toHaveLength(2);
    expect(failures[0]).toContain(alreadyPublished.id);
    expect(failures[0]).toMatch(/Can't approve an item that is published/);
    expect(failures[1]).toContain(missing);
    for (const comment of held) expect((await stateOf(comment.id)).state).toBe("PUBLISHED");
    expect(await commentCountOf(review.id)).toBe(4);
    expect(await db.moderationAction.count({ where: { targetId: { in: held.map((comment) => comment.id) }, action: "comment.approve", actorId: moderator.id } })).toBe(3);
  });

  it("bulk hide and delete need a reason", async () => {
    const review = await createTestReview({ authorId: (await createTestUser()).id });
    const comment = await createCountedComment({ reviewId: review.id, authorId: (await createTestUser()).id });
    actAs(moderator);
    for (const decision of ["hide", "delete"] as const) {
      expectFieldError(await bulkModerateAction({ decision, items: [{ kind: "COMMENT", id: comment.id }] }), "reason");
      expectFieldError(await bulkModerateAction({ decision, reason: "   ", items: [{ kind: "COMMENT", id: comment.id }] }), "reason");
    }
    expectFieldError(await bulkModerateAction({ decision: "approve", items: [] }), "items");
    expect(await stateOf(comment.id)).toEqual({ state: "PUBLISHED", stateReason: null });
    expect(await db.moderationAction.count({ where: { targetId: comment.id } })).toBe(0);
  });

  it("refuses transitions that don't apply, cleanly and without side effects", async () => {
    const review = await createTestReview({ authorId: (await createTestUser()).id });
    const published = await createCountedComment({ reviewId: review.id, authorId: (await createTestUser()).id });
    const deleted = await createCountedComment({ reviewId: review.id, authorId: (await createTestUser()).id });
    await moderated(moderator.id, { kind: "COMMENT", id: deleted.id }, "delete", "Spam");
    const actionsBefore = await db.moderationAction.count();
    const countBefore = await commentCountOf(review.id);

    actAs(moderator);
    const attempts = [
      { decision: "approve", id: published.id, message: "Can't approve an item that is published" },
      { decision: "restore", id: published.id, message: "Can't restore an item that is published" },
      { decision: "hide", id: deleted.id, message: "Can't hide an item that is deleted" },
      { decision: "delete", id: deleted.id, message: "Can't delete an item that is deleted" },
      { decision: "approve", id: deleted.id, message: "Can't approve an item that is deleted" },
      { decision: "hide", id: "cnosuchcomment0000000000", message: "no longer exists" },
    ] as const;
    for (const attempt of attempts) {
      expectRefused(await moderateContentAction({ decision: attempt.decision, kind: "COMMENT", id: attempt.id, reason: "Testing" }), attempt.message);
    }
    expect(await stateOf(published.id)).toEqual({ state: "PUBLISHED", stateReason: null });
    expect(await stateOf(deleted.id)).toEqual({ state: "DELETED", stateReason: "Spam" });
    expect(await db.moderationAction.count()).toBe(actionsBefore);
    expect(await commentCountOf(review.id)).toBe(countBefore);
  });

  it("two moderators deciding on the same item at once: one wins, the count moves once", async () => {
    const review = await createTestReview({ authorId: (await createTestUser()).id });
    const comment = await createCountedComment({ reviewId: review.id, authorId: (await createTestUser()).id });
    const second = await createTestUser({ role: "MODERATOR" });

    const results = await Promise.all(
      [moderator, second].map((who) => {
        actAs(who);
        return moderateContentAction({ decision: "hide", kind: "COMMENT", id: comment.id, reason: `Hidden by ${who.handle}` });
      }),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await commentCountOf(review.id)).toBe(0);
    expect(await db.moderationAction.count({ where: { targetId: comment.id, action: "comment.hide" } })).toBe(1);
  });
});

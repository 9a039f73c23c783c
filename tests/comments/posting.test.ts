// Posting comments through the real server action: where a reply lands in its thread, what the
// review's comment count does, and every input that must be refused with nothing written.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { deleteCommentAction } from "@/lib/actions/comments";
import { db } from "@/lib/db";
import { expectFieldError, expectOk, expectRefused } from "../helpers/action-results";
import { postCommentAs, postedComment, uniqueBody } from "../helpers/comment-posting";
import { createTestComment, createTestReview, createTestUser } from "../helpers/fixtures";
import { resetSetting, setSetting } from "../helpers/site-settings";

type User = Awaited<ReturnType<typeof createTestUser>>;

const commentCountOf = async (reviewId: string) => (await db.review.findUniqueOrThrow({ where: { id: reviewId } })).commentCount;

/** A chain of published comments, top-level first, each replying to the one before: depths 0..deepest. */
async function chainOfReplies(reviewId: string, authorId: string, deepest: number) {
  const chain = [await createTestComment({ reviewId, authorId })];
  for (let depth = 1; depth <= deepest; depth++) {
    chain.push(await createTestComment({ reviewId, authorId, parentId: chain[depth - 1]!.id }));
  }
  return chain;
}

describe("posting a comment", () => {
  let reviewer: User;
  let alice: User;
  let bob: User;

  beforeAll(async () => {
    // Publish at once unless a test says otherwise (first comments are held by default).
    await setSetting("holdFirstTimePosters", false);
    reviewer = await createTestUser();
    alice = await createTestUser();
    bob = await createTestUser();
  });

  it("stores a reply with its parent, its thread's top-level comment and its depth", async () => {
    const review = await createTestReview({ authorId: reviewer.id });
    const top = await postedComment(alice, { reviewId: review.id });
    const reply = await postedComment(bob, { reviewId: review.id, parentId: top.commentId });
    const replyToReply = await postedComment(alice, { reviewId: review.id, parentId: reply.commentId });

    const rows = await db.comment.findMany({ where: { reviewId: review.id } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(top.commentId)).toMatchObject({ parentId: null, rootId: null, depth: 0, state: "PUBLISHED", authorId: alice.id });
    expect(byId.get(reply.commentId)).toMatchObject({ parentId: top.commentId, rootId: top.commentId, depth: 1, state: "PUBLISHED", authorId: bob.id });
    expect(byId.get(replyToReply.commentId)).toMatchObject({ parentId: reply.commentId, rootId: top.commentId, depth: 2, state: "PUBLISHED" });
    expect(await commentCountOf(review.id)).toBe(3);
  });

  it("counts only published comments in the review's comment count", async () => {
    const review = await createTestReview({ authorId: reviewer.id });
    await postedComment(alice, { reviewId: review.id });
    expect(await commentCountOf(review.id)).toBe(1);

    const held = await postedComment(bob, { reviewId: review.id, body: "Spam: https://a.example https://b.example https://c.example" });
    expect(held.state).toBe("PENDING");
    expect(await commentCountOf(review.id)).toBe(1);
  });

  it("leaves the review's last-edit time alone when comments come and go", async () => {
    const review = await createTestReview({ authorId: reviewer.id });
    const editedAt = async () => (await db.review.findUniqueOrThrow({ where: { id: review.id }, select: { updatedAt: true } })).updatedAt;
    const before = await editedAt();
    const posted = await postedComment(alice, { reviewId: review.id });
    expectOk(await deleteCommentAction({ commentId: posted.commentId }));
    expect(await editedAt()).toEqual(before);
    expect(await commentCountOf(review.id)).toBe(0);
  });

  describe("refuses bad input, writing nothing", () => {
    let review: Awaited<ReturnType<typeof createTestReview>>;
    let parent: Awaited<ReturnType<typeof createTestComment>>;

    beforeAll(async () => {
      review = await createTestReview({ authorId: reviewer.id });
      parent = await createTestComment({ reviewId: review.id, authorId: reviewer.id });
    });

    /** Runs the attempt and checks that no comment, revision or count changed anywhere. */
    async function refusedWithNothingWritten(attempt: () => ReturnType<typeof postCommentAs>) {
      const commentsBefore = await db.comment.count();
      const countsBefore = await db.review.findMany({ select: { id: true, commentCount: true }, orderBy: { id: "asc" } });
      const result = await attempt();
      expect(await db.comment.count()).toBe(commentsBefore);
      expect(await db.review.findMany({ select: { id: true, commentCount: true }, orderBy: { id: "asc" } })).toEqual(countsBefore);
      return result;
    }

    it("an empty body", async () => {
      expectFieldError(await refusedWithNothingWritten(() => postCommentAs(alice, { reviewId: review.id, body: "" })), "body");
    });

    it("a body of only whitespace", async () => {
      expectFieldError(await refusedWithNothingWritten(() => postCommentAs(alice, { reviewId: review.id, body: "  \n\t \u00a0 " })), "body");
    });

    it("a body over 10,000 characters, while exactly 10,000 is accepted", async () => {
      expectFieldError(await refusedWithNothingWritten(() => postCommentAs(alice, { reviewId: review.id, body: "a".repeat(10_001) })), "body");

      const longest = await postedComment(alice, { reviewId: review.id, body: "b".repeat(10_000) });
      const stored = await db.comment.findUniqueOrThrow({ where: { id: longest.commentId } });
      expect(stored.body).toHaveLength(10_000);
    });

    it("a body with a null byte", async () => {
      expectFieldError(await refusedWithNothingWritten(() => postCommentAs(alice, { reviewId: review.id, body: "before\u0000after" })), "body");
    });

    it("a reply to a comment on another review", async () => {
      const otherReview = await createTestReview({ authorId: reviewer.id });
      const elsewhere = await createTestComment({ reviewId: otherReview.id, authorId: reviewer.id });
      expectFieldError(await refusedWithNothingWritten(() => postCommentAs(alice, { reviewId: review.id, parentId: elsewhere.id })), "parentId");
    });

    it("a reply to a deleted comment", async () => {
      const deleted = await createTestComment({ reviewId: review.id, authorId: reviewer.id });
      await db.comment.update({ where: { id: deleted.id }, data: { state: "DELETED", deletedAt: new Date() } });
      expectFieldError(await refusedWithNothingWritten(() => postCommentAs(alice, { reviewId: review.id, parentId: deleted.id })), "parentId");
    });

    it("a reply to a hidden or pending comment", async () => {
      for (const state of ["HIDDEN", "PENDING"] as const) {
        const unseen = await createTestComment({ reviewId: review.id, authorId: reviewer.id });
        await db.comment.update({ where: { id: unseen.id }, data: { state } });
        expectFieldError(await refusedWithNothingWritten(() => postCommentAs(alice, { reviewId: review.id, parentId: unseen.id })), "parentId");
      }
    });

    it("a reply to a comment that doesn't exist", async () => {
      expectFieldError(await refusedWithNothingWritten(() => postCommentAs(alice, { reviewId: review.id, parentId: "cnonexistent000000000000" })), "parentId");
    });

    it("a malformed parent id", async () => {
      for (const parentId of ["../etc/passwd", "1 OR 1=1", "x".repeat(41), `${parent.id}'`]) {
        expectFieldError(await refusedWithNothingWritten(() => postCommentAs(alice, { reviewId: review.id, parentId })), "parentId");
      }
    });

    it("a malformed or unknown review id", async () => {
      expectFieldError(await refusedWithNothingWritten(() => postCommentAs(alice, { reviewId: "not a review" })), "reviewId");
      expectRefused(await refusedWithNothingWritten(() => postCommentAs(alice, { reviewId: "cnonexistent000000000000" })), "isn't open for comments");
    });

    it("a comment on a hidden, pending or deleted review", async () => {
      for (const state of ["HIDDEN", "PENDING", "DELETED"] as const) {
        const closed = await createTestReview({ authorId: reviewer.id });
        await db.review.update({ where: { id: closed.id }, data: { state } });
        expectRefused(await refusedWithNothingWritten(() => postCommentAs(alice, { reviewId: closed.id })), "isn't open for comments");
      }
    });
  });

  describe("reply depth", () => {
    it("stores a reply to a comment at the maximum depth at that depth, continuing the thread", async () => {
      const review = await createTestReview({ authorId: reviewer.id });
      const chain = await chainOfReplies(review.id, reviewer.id, 5);
      const deepest = chain[5]!;
      expect(deepest.depth).toBe(5);

      const reply = await postedComment(alice, { reviewId: review.id, parentId: deepest.id });
      const stored = await db.comment.findUniqueOrThrow({ where: { id: reply.commentId } });
      expect(stored).toMatchObject({ depth: 5, parentId: deepest.id, rootId: chain[0]!.id, state: "PUBLISHED" });

      // And a reply to that reply stays at the cap too.
      const further = await postedComment(bob, { reviewId: review.id, parentId: stored.id });
      expect(await db.comment.findUniqueOrThrow({ where: { id: further.commentId } })).toMatchObject({ depth: 5, parentId: stored.id, rootId: chain[0]!.id });
    });

    it("follows the reply-depth setting", async () => {
      await setSetting("replyDepth", 10);
      try {
        const review = await createTestReview({ authorId: reviewer.id });
        const chain = await chainOfReplies(review.id, reviewer.id, 10);

        const pastOldCap = await postedComment(alice, { reviewId: review.id, parentId: chain[5]!.id });
        expect((await db.comment.findUniqueOrThrow({ where: { id: pastOldCap.commentId } })).depth).toBe(6);

        const atNewCap = await postedComment(bob, { reviewId: review.id, parentId: chain[10]!.id });
        expect(await db.comment.findUniqueOrThrow({ where: { id: atNewCap.commentId } })).toMatchObject({ depth: 10, parentId: chain[10]!.id, rootId: chain[0]!.id });
      } finally {
        await resetSetting("replyDepth");
      }
    });
  });

  it("stores the body trimmed but otherwise exactly as written", async () => {
    const review = await createTestReview({ authorId: reviewer.id });
    const body = uniqueBody("  <b>Markdown</b> _stays_ as typed: **raw** `code`");
    const posted = await postedComment(alice, { reviewId: review.id, body: `\n${body}\n\n` });
    expect((await db.comment.findUniqueOrThrow({ where: { id: posted.commentId } })).body).toBe(body.trim());
  });
});

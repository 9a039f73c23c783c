// Who may post, edit, delete and upvote comments — checked by the server actions themselves,
// as an attacker calling them directly with someone else's ids would find.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { deleteCommentAction, editCommentAction, postCommentAction, toggleCommentUpvoteAction } from "@/lib/actions/comments";
import { db } from "@/lib/db";
import { expectOk, expectRefused } from "../helpers/action-results";
import { actAs } from "../helpers/acting-as";
import { postedComment, uniqueBody } from "../helpers/comment-posting";
import { createTestReview, createTestUser } from "../helpers/fixtures";
import { resetSetting, setSetting } from "../helpers/site-settings";

type User = Awaited<ReturnType<typeof createTestUser>>;

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const commentRow = (id: string) => db.comment.findUniqueOrThrow({ where: { id } });
const commentCountOf = async (reviewId: string) => (await db.review.findUniqueOrThrow({ where: { id: reviewId } })).commentCount;

describe("comment authorization", () => {
  let reviewer: User;
  let alice: User;
  let bob: User;

  beforeAll(async () => {
    await setSetting("holdFirstTimePosters", false);
    reviewer = await createTestUser();
    alice = await createTestUser();
    bob = await createTestUser();
  });

  /** A published comment by `author` on a fresh review, posted through the action. */
  async function commentBy(author: User) {
    const review = await createTestReview({ authorId: reviewer.id });
    const { commentId } = await postedComment(author, { reviewId: review.id });
    return { review, comment: await commentRow(commentId) };
  }

  describe("anonymous callers", () => {
    it("can't post, edit, delete or upvote", async () => {
      const { review, comment } = await commentBy(alice);
      const commentsBefore = await db.comment.count();
      actAs(null);

      expectRefused(await postCommentAction({ reviewId: review.id, body: uniqueBody() }), "Sign in");
      expectRefused(await editCommentAction({ commentId: comment.id, body: "Rewritten by nobody" }), "Sign in");
      expectRefused(await deleteCommentAction({ commentId: comment.id }), "Sign in");
      expectRefused(await toggleCommentUpvoteAction({ commentId: comment.id }), "Sign in");

      expect(await db.comment.count()).toBe(commentsBefore);
      expect(await commentRow(comment.id)).toEqual(comment);
      expect(await db.vote.count({ where: { commentId: comment.id } })).toBe(0);
    });
  });

  describe("banned users", () => {
    it("can't post, and are told about the ban", async () => {
      const review = await createTestReview({ authorId: reviewer.id });
      const banned = await createTestUser({ banned: true });
      actAs(banned);
      const refused = expectRefused(await postCommentAction({ reviewId: review.id, body: uniqueBody() }), /suspended/);
      expect(refused.error).toContain("Testing bans");
      expect(await db.comment.count({ where: { authorId: banned.id } })).toBe(0);
    });

    it("can't edit, delete or upvote, even their own comments from before the ban", async () => {
      const { review, comment: own } = await commentBy(alice);
      const { comment: others } = await commentBy(bob);
      const timedBan = await createTestUser({ banned: true, bannedUntil: new Date(Date.now() + 86_400_000) });
      await db.user.update({ where: { id: alice.id }, data: { bannedAt: new Date(), bannedUntil: null, banReason: "Spam" } });
      try {
        actAs(alice);
        expectRefused(await editCommentAction({ commentId: own.id, body: "Edited while banned" }), "suspended");
        expectRefused(await deleteCommentAction({ commentId: own.id }), "suspended");
        expectRefused(await toggleCommentUpvoteAction({ commentId: others.id }), "suspended");
        actAs(timedBan);
        expectRefused(await toggleCommentUpvoteAction({ commentId: own.id }), "suspended");

        expect(await commentRow(own.id)).toEqual(own);
        expect(await commentRow(others.id)).toEqual(others);
        expect(await db.vote.count({ where: { commentId: { in: [own.id, others.id] } } })).toBe(0);
        expect(await commentCountOf(review.id)).toBe(1);
      } finally {
        await db.user.update({ where: { id: alice.id }, data: { bannedAt: null, bannedUntil: null, banReason: null } });
      }
    });
  });

  describe("editing", () => {
    it("refuses to edit someone else's comment, leaving it unchanged", async () => {
      const { comment } = await commentBy(alice);
      actAs(bob);
      expectRefused(await editCommentAction({ commentId: comment.id, body: "Bob put words in Alice's mouth" }), "isn't yours");
      expect(await commentRow(comment.id)).toEqual(comment);
      expect(await db.commentRevision.count({ where: { commentId: comment.id } })).toBe(0);
    });

    it("lets the author edit within the edit window, keeping the old body as a revision", async () => {
      const { comment } = await commentBy(alice);
      await db.comment.update({ where: { id: comment.id }, data: { createdAt: minutesAgo(14) } });
      actAs(alice);
      expectOk(await editCommentAction({ commentId: comment.id, body: "  Second thoughts.  " }));

      const edited = await commentRow(comment.id);
      expect(edited.body).toBe("Second thoughts.");
      expect(edited.editedAt).toBeInstanceOf(Date);
      const revisions = await db.commentRevision.findMany({ where: { commentId: comment.id } });
      expect(revisions).toEqual([expect.objectContaining({ body: comment.body, editorId: alice.id })]);
    });

    it("refuses an edit after the 15-minute window", async () => {
      const { comment } = await commentBy(alice);
      const aged = await db.comment.update({ where: { id: comment.id }, data: { createdAt: minutesAgo(16) } });
      actAs(alice);
      expectRefused(await editCommentAction({ commentId: comment.id, body: "Too late to change this" }), "15 minutes");
      expect(await commentRow(comment.id)).toEqual(aged);
      expect(await db.commentRevision.count({ where: { commentId: comment.id } })).toBe(0);
    });

    it("refuses to edit a comment a moderator hid, or one already deleted", async () => {
      for (const state of ["HIDDEN", "DELETED"] as const) {
        const { comment } = await commentBy(alice);
        const closed = await db.comment.update({ where: { id: comment.id }, data: { state, stateReason: "Moderated" } });
        actAs(alice);
        expectRefused(await editCommentAction({ commentId: comment.id, body: "Sneaking it back in" }));
        expect(await commentRow(comment.id)).toEqual(closed);
      }
    });

    it("follows the edit-window setting", async () => {
      const { comment } = await commentBy(alice);
      await db.comment.update({ where: { id: comment.id }, data: { createdAt: minutesAgo(16) } });
      actAs(alice);
      try {
        await setSetting("editWindowMinutes", 30);
        expectOk(await editCommentAction({ commentId: comment.id, body: "A longer window lets me fix this" }));

        await setSetting("editWindowMinutes", 5);
        await db.comment.update({ where: { id: comment.id }, data: { createdAt: minutesAgo(6) } });
        expectRefused(await editCommentAction({ commentId: comment.id, body: "But not this time" }), "5 minutes");
        expect((await commentRow(comment.id)).body).toBe("A longer window lets me fix this");
      } finally {
        await resetSetting("editWindowMinutes");
      }
    });
  });

  describe("deleting", () => {
    it("soft-deletes your own comment and counts it down once, even when two deletes race", async () => {
      const { review, comment } = await commentBy(alice);
      expect(await commentCountOf(review.id)).toBe(1);
      actAs(alice);

      const results = await Promise.all([deleteCommentAction({ commentId: comment.id }), deleteCommentAction({ commentId: comment.id })]);
      expect(results.filter((result) => result.ok)).toHaveLength(1);

      const row = await commentRow(comment.id);
      expect(row).toMatchObject({ state: "DELETED", body: comment.body });
      expect(row.deletedAt).toBeInstanceOf(Date);
      expect(await commentCountOf(review.id)).toBe(0);

      expectRefused(await deleteCommentAction({ commentId: comment.id }));
      expect(await commentCountOf(review.id)).toBe(0);
    });

    it("refuses to delete someone else's comment", async () => {
      const { review, comment } = await commentBy(alice);
      actAs(bob);
      expectRefused(await deleteCommentAction({ commentId: comment.id }), "isn't yours");
      expect(await commentRow(comment.id)).toEqual(comment);
      expect(await commentCountOf(review.id)).toBe(1);
    });
  });

  describe("upvotes", () => {
    it("counts one upvote per user, and a second click takes it back", async () => {
      const { comment } = await commentBy(alice);
      actAs(bob);
      expect(expectOk(await toggleCommentUpvoteAction({ commentId: comment.id }))).toEqual({ upvoted: true });
      expect((await commentRow(comment.id)).upvoteCount).toBe(1);

      actAs(reviewer);
      expectOk(await toggleCommentUpvoteAction({ commentId: comment.id }));
      expect((await commentRow(comment.id)).upvoteCount).toBe(2);

      actAs(bob);
      expect(expectOk(await toggleCommentUpvoteAction({ commentId: comment.id }))).toEqual({ upvoted: false });
      expect((await commentRow(comment.id)).upvoteCount).toBe(1);
      expect(await db.vote.findMany({ where: { commentId: comment.id }, select: { userId: true } })).toEqual([{ userId: reviewer.id }]);
    });

    it("keeps the count equal to the votes when one user clicks twice at once", async () => {
      const { comment } = await commentBy(alice);
      actAs(bob);
      await Promise.all([toggleCommentUpvoteAction({ commentId: comment.id }), toggleCommentUpvoteAction({ commentId: comment.id })]);
      const votes = await db.vote.count({ where: { commentId: comment.id } });
      expect(votes).toBeLessThanOrEqual(1);
      expect((await commentRow(comment.id)).upvoteCount).toBe(votes);
    });

    it("never lets you upvote your own comment", async () => {
      const { comment } = await commentBy(alice);
      actAs(alice);
      expectRefused(await toggleCommentUpvoteAction({ commentId: comment.id }), "your own");
      expect((await commentRow(comment.id)).upvoteCount).toBe(0);
      expect(await db.vote.count({ where: { commentId: comment.id } })).toBe(0);
    });

    it("refuses upvotes on comments that aren't published", async () => {
      const { comment } = await commentBy(alice);
      await db.comment.update({ where: { id: comment.id }, data: { state: "HIDDEN" } });
      actAs(bob);
      expectRefused(await toggleCommentUpvoteAction({ commentId: comment.id }), "isn't available");
      expect(await db.vote.count({ where: { commentId: comment.id } })).toBe(0);
    });
  });
});

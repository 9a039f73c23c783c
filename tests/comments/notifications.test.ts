// In-app notifications for comments: who is told about a new comment, and marking them read.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { editCommentAction } from "@/lib/actions/comments";
import { markNotificationsReadAction } from "@/lib/actions/notifications";
import { db } from "@/lib/db";
import { expectFieldError, expectOk, expectRefused } from "../helpers/action-results";
import { actAs } from "../helpers/acting-as";
import { postedComment } from "../helpers/comment-posting";
import { createTestReview, createTestUser } from "../helpers/fixtures";
import { createPendingComment, moderated } from "../helpers/moderation-fixtures";
import { setSetting } from "../helpers/site-settings";

type User = Awaited<ReturnType<typeof createTestUser>>;

/** What the comment's people were told (the author hears about moderators' decisions separately). */
const notificationsAbout = (commentId: string) =>
  db.notification.findMany({ where: { commentId, type: { not: "MODERATION" } }, select: { userId: true, type: true, actorId: true, reviewId: true, commentId: true }, orderBy: { type: "asc" } });

describe("comment notifications", () => {
  let reviewer: User;
  let alice: User;
  let bob: User;
  let review: Awaited<ReturnType<typeof createTestReview>>;

  beforeAll(async () => {
    await setSetting("holdFirstTimePosters", false);
    reviewer = await createTestUser();
    alice = await createTestUser();
    bob = await createTestUser();
    review = await createTestReview({ authorId: reviewer.id });
  });

  it("tells the review's author about a new comment on it", async () => {
    const { commentId } = await postedComment(alice, { reviewId: review.id });
    expect(await notificationsAbout(commentId)).toEqual([{ userId: reviewer.id, type: "REVIEW_COMMENT", actorId: alice.id, reviewId: review.id, commentId }]);
  });

  it("tells a comment's author about a reply, and the review's author about the new comment", async () => {
    const parent = await postedComment(alice, { reviewId: review.id });
    const reply = await postedComment(bob, { reviewId: review.id, parentId: parent.commentId });
    expect(await notificationsAbout(reply.commentId)).toEqual([
      { userId: alice.id, type: "COMMENT_REPLY", actorId: bob.id, reviewId: review.id, commentId: reply.commentId },
      { userId: reviewer.id, type: "REVIEW_COMMENT", actorId: bob.id, reviewId: review.id, commentId: reply.commentId },
    ]);
  });

  it("never notifies you about your own comment", async () => {
    const ownReview = await createTestReview({ authorId: alice.id });
    const onOwnReview = await postedComment(alice, { reviewId: ownReview.id });
    expect(await notificationsAbout(onOwnReview.commentId)).toEqual([]);

    const replyToSelf = await postedComment(alice, { reviewId: ownReview.id, parentId: onOwnReview.commentId });
    expect(await notificationsAbout(replyToSelf.commentId)).toEqual([]);

    // Replying to yourself on someone else's review still tells the review's author.
    const parent = await postedComment(alice, { reviewId: review.id });
    const selfReply = await postedComment(alice, { reviewId: review.id, parentId: parent.commentId });
    expect(await notificationsAbout(selfReply.commentId)).toEqual([expect.objectContaining({ userId: reviewer.id, type: "REVIEW_COMMENT" })]);
  });

  it("notifies a person once per comment, even when they wrote both the review and the parent", async () => {
    const parent = await postedComment(reviewer, { reviewId: review.id });
    const reply = await postedComment(bob, { reviewId: review.id, parentId: parent.commentId });
    expect(await notificationsAbout(reply.commentId)).toEqual([expect.objectContaining({ userId: reviewer.id, type: "COMMENT_REPLY" })]);
  });

  it("tells people about a comment once, however often a moderator brings it back", async () => {
    const moderator = await createTestUser({ role: "MODERATOR" });
    const { commentId } = await postedComment(alice, { reviewId: review.id });
    // An edit with too many links sends it back to moderation; a moderator approves it again.
    expectOk(await editCommentAction({ commentId, body: "See https://a.example, https://b.example and https://c.example" }));
    expect((await db.comment.findUniqueOrThrow({ where: { id: commentId } })).state).toBe("PENDING");
    await moderated(moderator.id, { kind: "COMMENT", id: commentId }, "approve");
    await moderated(moderator.id, { kind: "COMMENT", id: commentId }, "hide", "Testing");
    await moderated(moderator.id, { kind: "COMMENT", id: commentId }, "restore");
    expect(await notificationsAbout(commentId)).toEqual([expect.objectContaining({ userId: reviewer.id, type: "REVIEW_COMMENT" })]);
  });

  it("tells people about a held comment when it first appears, even by way of being hidden", async () => {
    const moderator = await createTestUser({ role: "MODERATOR" });
    const held = await createPendingComment({ reviewId: review.id, authorId: bob.id });
    await moderated(moderator.id, { kind: "COMMENT", id: held.id }, "hide", "Testing");
    expect(await notificationsAbout(held.id)).toEqual([]);
    await moderated(moderator.id, { kind: "COMMENT", id: held.id }, "restore");
    expect(await notificationsAbout(held.id)).toEqual([expect.objectContaining({ userId: reviewer.id, type: "REVIEW_COMMENT", actorId: bob.id })]);
  });

  it("doesn't notify the author of an imported review, who has no account", async () => {
    const source = await db.sourceAuthor.create({ data: { key: `blog-${Date.now()}`, name: "A blogger" } });
    const imported = await db.review.create({ data: { filmId: review.filmId, sourceAuthorId: source.id, body: "From a blog." } });
    const { commentId } = await postedComment(alice, { reviewId: imported.id });
    expect(await notificationsAbout(commentId)).toEqual([]);
  });

  describe("marking notifications read", () => {
    async function unreadNotifications(user: User, count: number) {
      const created = [];
      for (let i = 0; i < count; i++) {
        created.push(await db.notification.create({ data: { userId: user.id, type: "MODERATION", message: `Notice ${i}` } }));
      }
      return created;
    }
    const unreadIds = async (user: User) =>
      (await db.notification.findMany({ where: { userId: user.id, readAt: null }, select: { id: true } })).map((row) => row.id).sort();

    it("marks only the given notifications, and only the caller's", async () => {
      const reader = await createTestUser();
      const other = await createTestUser();
      const [first, second, third] = await unreadNotifications(reader, 3);
      const [othersNotice] = await unreadNotifications(other, 1);

      actAs(reader);
      expect(expectOk(await markNotificationsReadAction({ ids: [first!.id, othersNotice!.id] }))).toEqual({ marked: 1 });
      expect(await unreadIds(reader)).toEqual([second!.id, third!.id].sort());
      expect(await unreadIds(other)).toEqual([othersNotice!.id]);
    });

    it("marks all of the caller's notifications, and no one else's", async () => {
      const reader = await createTestUser();
      const other = await createTestUser();
      await unreadNotifications(reader, 3);
      const othersNotices = await unreadNotifications(other, 2);

      actAs(reader);
      expect(expectOk(await markNotificationsReadAction({}))).toEqual({ marked: 3 });
      expect(await unreadIds(reader)).toEqual([]);
      expect(await unreadIds(other)).toEqual(othersNotices.map((notice) => notice.id).sort());
    });

    it("lets a banned user clear their notifications, but refuses anonymous callers and bad ids", async () => {
      const banned = await createTestUser({ banned: true });
      await unreadNotifications(banned, 1);
      actAs(banned);
      expect(expectOk(await markNotificationsReadAction({}))).toEqual({ marked: 1 });

      actAs(null);
      expectRefused(await markNotificationsReadAction({}), "Sign in");
      actAs(banned);
      expectFieldError(await markNotificationsReadAction({ ids: ["'; DROP TABLE \"Notification\"; --"] }), "ids.0");
    });
  });
});

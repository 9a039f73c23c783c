// Appeals: a banned user, or the author of hidden content, asks once for a second look; another
// moderator accepts (the action is reversed) or rejects (with a reason the appellant sees).
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { decideAppealAction, fileAppealAction } from "@/lib/actions/moderation/appeals";
import { reportContentAction } from "@/lib/actions/moderation/reports";
import { banUserAction } from "@/lib/actions/moderation/users";
import { db } from "@/lib/db";
import { expectFieldError, expectOk, expectRefused } from "../helpers/action-results";
import { actAs } from "../helpers/acting-as";
import { createTestReview, createTestUser } from "../helpers/fixtures";
import { banFieldsOf, commentCountOf, createCountedComment, moderated } from "../helpers/moderation-fixtures";

type User = Awaited<ReturnType<typeof createTestUser>>;

const BODY = "I think this was a mistake; please look again.";
const appealsBy = (user: User) => db.appeal.findMany({ where: { userId: user.id } });
/** What the member was told about their appeal (the decision it appeals told them too, separately). */
const moderationNoticesFor = (user: User) =>
  db.notification.findMany({ where: { userId: user.id, type: "MODERATION", message: { startsWith: "Your appeal" } }, select: { message: true, actorId: true } });

describe("appeals", () => {
  let moderator: User;
  let otherModerator: User;

  beforeAll(async () => {
    moderator = await createTestUser({ role: "MODERATOR" });
    otherModerator = await createTestUser({ role: "MODERATOR" });
  });

  /** A member banned by `moderator` through the action; returns them and the ban's audit entry. */
  async function bannedMember(duration: "7d" | "permanent" = "7d") {
    const member = await createTestUser();
    actAs(moderator);
    expectOk(await banUserAction({ userId: member.id, duration, reason: "Trolling" }));
    const ban = await db.moderationAction.findFirstOrThrow({ where: { targetId: member.id, action: "user.ban" } });
    return { member, banActionId: ban.id };
  }

  /** A published comment by a new member, hidden by `moderator`. */
  async function hiddenComment(author?: User) {
    const writer = author ?? (await createTestUser());
    const review = await createTestReview({ authorId: (await createTestUser()).id });
    const comment = await createCountedComment({ reviewId: review.id, authorId: writer.id });
    const hideActionId = await moderated(moderator.id, { kind: "COMMENT", id: comment.id }, "hide", "Insulting");
    return { author: writer, review, comment, hideActionId };
  }

  describe("filing", () => {
    it("a banned user can appeal their ban exactly once", async () => {
      const { member, banActionId } = await bannedMember();
      actAs(member);
      expectOk(await fileAppealAction({ actionId: banActionId, body: BODY }));
      expectRefused(await fileAppealAction({ actionId: banActionId, body: "Second try, with different words." }), "already appealed");
      expect(await appealsBy(member)).toEqual([expect.objectContaining({ actionId: banActionId, body: BODY, status: "OPEN" })]);
    });

    it("nobody can appeal someone else's ban", async () => {
      const { member, banActionId } = await bannedMember();
      const bystander = await createTestUser();
      actAs(bystander);
      expectRefused(await fileAppealAction({ actionId: banActionId, body: BODY }), "nothing of yours");
      expect(await db.appeal.count({ where: { actionId: banActionId } })).toBe(0);
      expect(member.id).not.toBe(bystander.id);
    });

    it("an author can appeal the hiding of their own comment, but not someone else's", async () => {
      const { author, comment, hideActionId } = await hiddenComment();
      const other = await hiddenComment();

      actAs(author);
      expectRefused(await fileAppealAction({ actionId: other.hideActionId, body: BODY }), "nothing of yours");
      expectOk(await fileAppealAction({ actionId: hideActionId, body: BODY }));
      expect(await appealsBy(author)).toEqual([expect.objectContaining({ actionId: hideActionId, commentId: comment.id, status: "OPEN" })]);
    });

    it("an author can appeal an automatic hide after reports", async () => {
      const author = await createTestUser();
      const review = await createTestReview({ authorId: (await createTestUser()).id });
      const comment = await createCountedComment({ reviewId: review.id, authorId: author.id });
      await db.comment.update({ where: { id: comment.id }, data: { state: "HIDDEN", stateReason: "Hidden automatically after 3 reports" } });
      const autoHide = await db.moderationAction.create({
        data: { actorId: null, action: "comment.auto-hide", targetType: "COMMENT", targetId: comment.id, before: { state: "PUBLISHED", stateReason: null }, after: { state: "HIDDEN", stateReason: "Hidden automatically after 3 reports" } },
      });
      actAs(author);
      expectOk(await fileAppealAction({ actionId: autoHide.id, body: BODY }));
    });

    it("refuses appeals against actions that aren't appealable, or were already undone", async () => {
      const { author, comment } = await hiddenComment();
      const restoreId = await moderated(otherModerator.id, { kind: "COMMENT", id: comment.id }, "restore", null);
      const deleteId = await moderated(otherModerator.id, { kind: "COMMENT", id: comment.id }, "delete", "Spam after all");
      actAs(author);
      expectRefused(await fileAppealAction({ actionId: restoreId, body: BODY }), "nothing of yours");
      expectRefused(await fileAppealAction({ actionId: deleteId, body: BODY }), "nothing of yours");

      const { member, banActionId } = await bannedMember();
      await db.moderationAction.update({ where: { id: banActionId }, data: { undoneAt: new Date() } });
      actAs(member);
      expectRefused(await fileAppealAction({ actionId: banActionId, body: BODY }), "nothing of yours");
      expect(await db.appeal.count({ where: { userId: { in: [author.id, member.id] } } })).toBe(0);
    });

    it("asks for a real explanation, and refuses anonymous callers", async () => {
      const { member, banActionId } = await bannedMember();
      actAs(member);
      expectFieldError(await fileAppealAction({ actionId: banActionId, body: "  unfair  " }), "body");
      actAs(null);
      expectRefused(await fileAppealAction({ actionId: banActionId, body: BODY }), "Sign in");
      expect(await appealsBy(member)).toEqual([]);
    });
  });

  describe("deciding", () => {
    it("accepting a ban appeal lifts the ban and tells the appellant", async () => {
      const { member, banActionId } = await bannedMember("permanent");
      actAs(member);
      expectOk(await fileAppealAction({ actionId: banActionId, body: BODY }));
      const [appeal] = await appealsBy(member);

      actAs(otherModerator);
      expectOk(await decideAppealAction({ decision: "accept", appealId: appeal!.id }));
      expect(await banFieldsOf(member.id)).toEqual({ bannedAt: null, bannedUntil: null, banReason: null, bannedById: null });
      expect(await db.appeal.findUniqueOrThrow({ where: { id: appeal!.id } })).toMatchObject({ status: "ACCEPTED", decidedById: otherModerator.id, decidedAt: expect.any(Date) });
      expect(await moderationNoticesFor(member)).toEqual([{ message: expect.stringContaining("accepted"), actorId: otherModerator.id }]);
      expect(await db.moderationAction.findUniqueOrThrow({ where: { id: banActionId } })).toMatchObject({ undoneById: otherModerator.id });
    });

    it("accepting a hidden comment's appeal brings it back and counts it again", async () => {
      const { author, review, comment, hideActionId } = await hiddenComment();
      expect(await commentCountOf(review.id)).toBe(0);
      actAs(author);
      expectOk(await fileAppealAction({ actionId: hideActionId, body: BODY }));
      const [appeal] = await appealsBy(author);

      actAs(otherModerator);
      expectOk(await decideAppealAction({ decision: "accept", appealId: appeal!.id, response: "You're right, it was a joke." }));
      expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id }, select: { state: true, stateReason: true } })).toEqual({ state: "PUBLISHED", stateReason: null });
      expect(await commentCountOf(review.id)).toBe(1);
      expect(await moderationNoticesFor(author)).toEqual([{ message: expect.stringContaining("accepted"), actorId: otherModerator.id }]);
    });

    it("accepting an appeal against an automatic hide settles the reports behind it", async () => {
      const author = await createTestUser();
      const review = await createTestReview({ authorId: (await createTestUser()).id });
      const comment = await createCountedComment({ reviewId: review.id, authorId: author.id });
      for (let i = 0; i < 3; i++) {
        actAs(await createTestUser());
        expectOk(await reportContentAction({ kind: "COMMENT", id: comment.id, reason: "ABUSE" }));
      }
      const autoHide = await db.moderationAction.findFirstOrThrow({ where: { targetId: comment.id, action: "comment.auto-hide" } });
      actAs(author);
      expectOk(await fileAppealAction({ actionId: autoHide.id, body: BODY }));
      const [appeal] = await appealsBy(author);

      actAs(moderator);
      expectOk(await decideAppealAction({ decision: "accept", appealId: appeal!.id, response: "Harsh but within the rules." }));
      expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).state).toBe("PUBLISHED");

      // A moderator has now reviewed it: the old reports no longer count towards hiding it again.
      expect(await db.report.count({ where: { commentId: comment.id, status: "OPEN" } })).toBe(0);
      actAs(await createTestUser());
      expectOk(await reportContentAction({ kind: "COMMENT", id: comment.id, reason: "ABUSE" }));
      expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).state).toBe("PUBLISHED");
    });

    it("rejecting needs a response, which the appellant is told, and leaves the action in place", async () => {
      const { member, banActionId } = await bannedMember();
      const banned = await banFieldsOf(member.id);
      actAs(member);
      expectOk(await fileAppealAction({ actionId: banActionId, body: BODY }));
      const [appeal] = await appealsBy(member);

      actAs(otherModerator);
      expectFieldError(await decideAppealAction({ decision: "reject", appealId: appeal!.id, response: "   " }), "response");
      expect((await db.appeal.findUniqueOrThrow({ where: { id: appeal!.id } })).status).toBe("OPEN");

      expectOk(await decideAppealAction({ decision: "reject", appealId: appeal!.id, response: "The messages speak for themselves." }));
      expect(await banFieldsOf(member.id)).toEqual(banned);
      expect(await db.appeal.findUniqueOrThrow({ where: { id: appeal!.id } })).toMatchObject({ status: "REJECTED", response: "The messages speak for themselves." });
      expect(await moderationNoticesFor(member)).toEqual([{ message: expect.stringContaining("The messages speak for themselves."), actorId: otherModerator.id }]);
      expect((await db.moderationAction.findUniqueOrThrow({ where: { id: banActionId } })).undoneAt).toBeNull();
    });

    it("an appeal is decided once", async () => {
      const { author, hideActionId } = await hiddenComment();
      actAs(author);
      expectOk(await fileAppealAction({ actionId: hideActionId, body: BODY }));
      const [appeal] = await appealsBy(author);

      actAs(otherModerator);
      expectOk(await decideAppealAction({ decision: "reject", appealId: appeal!.id, response: "No." }));
      expectRefused(await decideAppealAction({ decision: "accept", appealId: appeal!.id }), "already decided");
      expect((await db.appeal.findUniqueOrThrow({ where: { id: appeal!.id } })).status).toBe("REJECTED");
    });

    it("a moderator can't decide their own appeal", async () => {
      const { review, comment, hideActionId } = await hiddenComment(otherModerator);
      actAs(otherModerator);
      expectOk(await fileAppealAction({ actionId: hideActionId, body: BODY }));
      const [appeal] = await appealsBy(otherModerator);

      expectRefused(await decideAppealAction({ decision: "accept", appealId: appeal!.id }), "your own appeal");
      expect((await db.appeal.findUniqueOrThrow({ where: { id: appeal!.id } })).status).toBe("OPEN");
      expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).state).toBe("HIDDEN");
      expect(await commentCountOf(review.id)).toBe(0);

      // `moderator` hid it, so a third member of staff decides.
      actAs(await createTestUser({ role: "ADMIN" }));
      expectOk(await decideAppealAction({ decision: "accept", appealId: appeal!.id }));
      expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).state).toBe("PUBLISHED");
    });

    it("accepting an appeal whose action was overtaken changes nothing", async () => {
      const { author, comment, hideActionId } = await hiddenComment();
      actAs(author);
      expectOk(await fileAppealAction({ actionId: hideActionId, body: BODY }));
      const [appeal] = await appealsBy(author);
      await moderated(otherModerator.id, { kind: "COMMENT", id: comment.id }, "delete", "Spam");

      actAs(otherModerator);
      expectRefused(await decideAppealAction({ decision: "accept", appealId: appeal!.id }), "changed since");
      expect((await db.appeal.findUniqueOrThrow({ where: { id: appeal!.id } })).status).toBe("OPEN");
      expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).state).toBe("DELETED");
      expect(await moderationNoticesFor(author)).toEqual([]);
    });
  });
});

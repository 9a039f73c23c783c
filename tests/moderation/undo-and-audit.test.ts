// The audit log: every moderation and admin action is written down (who, what, why, before and
// after), and undo puts a target back exactly as it was — never over a later decision.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { decideAppealAction } from "@/lib/actions/moderation/appeals";
import { undoModerationActionAction } from "@/lib/actions/moderation/audit";
import { bulkModerateAction, dismissReportsAction, moderateContentAction } from "@/lib/actions/moderation/content";
import { updateSettingsAction } from "@/lib/actions/moderation/settings";
import { banUserAction, changeRoleAction, unbanUserAction } from "@/lib/actions/moderation/users";
import { db } from "@/lib/db";
import { expectOk, expectRefused } from "../helpers/action-results";
import { actAs } from "../helpers/acting-as";
import { createTestReview, createTestUser } from "../helpers/fixtures";
import { banFieldsOf, commentCountOf, createCountedComment, createPendingComment, moderated } from "../helpers/moderation-fixtures";

type User = Awaited<ReturnType<typeof createTestUser>>;

const latestActionOn = (targetId: string) => db.moderationAction.findFirstOrThrow({ where: { targetId }, orderBy: { createdAt: "desc" } });
const commentState = (id: string) => db.comment.findUniqueOrThrow({ where: { id }, select: { state: true, stateReason: true } });
const iso = (date: Date | null) => date?.toISOString() ?? null;

describe("moderation audit log and undo", () => {
  let moderator: User;
  let otherModerator: User;
  let admin: User;

  beforeAll(async () => {
    moderator = await createTestUser({ role: "MODERATOR" });
    otherModerator = await createTestUser({ role: "MODERATOR" });
    admin = await createTestUser({ role: "ADMIN" });
  });

  async function publishedComment() {
    const review = await createTestReview({ authorId: (await createTestUser()).id });
    const comment = await createCountedComment({ reviewId: review.id, authorId: (await createTestUser()).id });
    return { review, comment };
  }

  describe("every action writes who, what, why, before and after", () => {
    it("content decisions: approve, hide, restore, delete", async () => {
      const review = await createTestReview({ authorId: (await createTestUser()).id });
      const pending = await createPendingComment({ reviewId: review.id, authorId: (await createTestUser()).id });
      actAs(moderator);

      const steps = [
        { decision: "approve", reason: "Fine by the rules", before: { state: "PENDING", stateReason: pending.stateReason }, after: { state: "PUBLISHED", stateReason: null } },
        { decision: "hide", reason: "Personal attack", before: { state: "PUBLISHED", stateReason: null }, after: { state: "HIDDEN", stateReason: "Personal attack" } },
        { decision: "restore", reason: "On reflection, fair comment", before: { state: "HIDDEN", stateReason: "Personal attack" }, after: { state: "PUBLISHED", stateReason: null } },
        { decision: "delete", reason: "Doxxing", before: { state: "PUBLISHED", stateReason: null }, after: { state: "DELETED", stateReason: "Doxxing" } },
      ] as const;
      for (const step of steps) {
        const { actionId } = expectOk(await moderateContentAction({ decision: step.decision, kind: "COMMENT", id: pending.id, reason: step.reason }));
        expect(await db.moderationAction.findUniqueOrThrow({ where: { id: actionId } })).toMatchObject({
          actorId: moderator.id,
          action: `comment.${step.decision}`,
          targetType: "COMMENT",
          targetId: pending.id,
          reason: step.reason,
          before: step.before,
          after: step.after,
          undoneAt: null,
        });
      }
      expect(await commentState(pending.id)).toEqual({ state: "DELETED", stateReason: "Doxxing" });
    });

    it("dismissing reports", async () => {
      const { comment } = await publishedComment();
      await db.report.createMany({ data: [{ reporterId: (await createTestUser()).id, commentId: comment.id, reason: "SPAM" }, { reporterId: (await createTestUser()).id, commentId: comment.id, reason: "ABUSE" }] });
      actAs(moderator);
      expectOk(await dismissReportsAction({ kind: "COMMENT", id: comment.id }));
      expect(await latestActionOn(comment.id)).toMatchObject({
        actorId: moderator.id,
        action: "comment.dismiss-reports",
        targetType: "COMMENT",
        before: { openReports: 2 },
        after: { openReports: 0, restored: false },
      });
    });

    it("dismissing reports in bulk keeps the reason the moderator gave", async () => {
      const { comment } = await publishedComment();
      await db.report.create({ data: { reporterId: (await createTestUser()).id, commentId: comment.id, reason: "SPOILER" } });
      actAs(moderator);
      expect(expectOk(await bulkModerateAction({ decision: "dismiss", reason: "Not a spoiler: it's in the trailer", items: [{ kind: "COMMENT", id: comment.id }] }))).toEqual({ done: 1, failures: [] });
      expect(await latestActionOn(comment.id)).toMatchObject({ actorId: moderator.id, action: "comment.dismiss-reports", reason: "Not a spoiler: it's in the trailer" });
    });

    it("bans and unbans", async () => {
      const member = await createTestUser();
      actAs(moderator);
      expectOk(await banUserAction({ userId: member.id, duration: "1d", reason: "Spam links" }));
      const banned = await banFieldsOf(member.id);
      const banAfter = { bannedAt: iso(banned.bannedAt), bannedUntil: iso(banned.bannedUntil), banReason: "Spam links", bannedById: moderator.id };
      expect(await latestActionOn(member.id)).toMatchObject({
        actorId: moderator.id,
        action: "user.ban",
        targetType: "USER",
        reason: "Spam links",
        before: { bannedAt: null, bannedUntil: null, banReason: null, bannedById: null },
        after: banAfter,
      });

      expectOk(await unbanUserAction({ userId: member.id, reason: "Mistaken identity" }));
      expect(await latestActionOn(member.id)).toMatchObject({
        actorId: moderator.id,
        action: "user.unban",
        targetType: "USER",
        reason: "Mistaken identity",
        before: banAfter,
        after: { bannedAt: null, bannedUntil: null, banReason: null, bannedById: null },
      });
    });

    it("role changes", async () => {
      const member = await createTestUser();
      actAs(admin);
      expectOk(await changeRoleAction({ userId: member.id, role: "MODERATOR" }));
      expect(await latestActionOn(member.id)).toMatchObject({ actorId: admin.id, action: "user.role", targetType: "USER", before: { role: "USER" }, after: { role: "MODERATOR" } });
    });

    it("settings, one entry per changed setting and none for unchanged ones", async () => {
      actAs(admin);
      const earlier = (await db.moderationAction.findMany({ where: { targetType: "SETTING" }, select: { id: true } })).map((row) => row.id);
      const { changed } = expectOk(await updateSettingsAction({ linkThreshold: 4, replyDepth: 5, blockedWords: ["scam"] }));
      expect([...changed].sort()).toEqual(["blockedWords", "linkThreshold"]);
      const entries = await db.moderationAction.findMany({ where: { targetType: "SETTING", id: { notIn: earlier } } });
      expect(entries).toHaveLength(2);
      expect(entries).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ actorId: admin.id, action: "setting.update", targetId: "linkThreshold", before: { linkThreshold: 2 }, after: { linkThreshold: 4 } }),
          expect.objectContaining({ actorId: admin.id, action: "setting.update", targetId: "blockedWords", before: { blockedWords: [] }, after: { blockedWords: ["scam"] } }),
        ]),
      );
      expect(await db.setting.findUniqueOrThrow({ where: { key: "linkThreshold" } })).toMatchObject({ value: 4, updatedById: admin.id });
    });

    it("invalid settings are refused with nothing written or logged", async () => {
      actAs(admin);
      const settingsBefore = await db.setting.findMany({ orderBy: { key: "asc" } });
      const actionsBefore = await db.moderationAction.count();
      expectRefused(await updateSettingsAction({ replyDepth: 11 }));
      expectRefused(await updateSettingsAction({ linkThreshold: -1 }));
      expectRefused(await updateSettingsAction({ blockedWords: ["  "] }));
      expectRefused(await updateSettingsAction({ autoHideReportThreshold: 0 }));
      expect(await db.setting.findMany({ orderBy: { key: "asc" } })).toEqual(settingsBefore);
      expect(await db.moderationAction.count()).toBe(actionsBefore);
    });

    it("appeal decisions", async () => {
      for (const decision of ["accept", "reject"] as const) {
        const { comment } = await publishedComment();
        const hideId = await moderated(otherModerator.id, { kind: "COMMENT", id: comment.id }, "hide", "Rude");
        const appeal = await db.appeal.create({ data: { userId: comment.authorId!, actionId: hideId, commentId: comment.id, body: "Please look again at this." } });
        actAs(moderator);
        expectOk(await decideAppealAction({ decision, appealId: appeal.id, response: `Decided: ${decision}` }));
        expect(await latestActionOn(appeal.id)).toMatchObject({
          actorId: moderator.id,
          action: `appeal.${decision}`,
          targetType: "APPEAL",
          reason: `Decided: ${decision}`,
          before: { status: "OPEN" },
          after: { status: decision === "accept" ? "ACCEPTED" : "REJECTED" },
        });
      }
    });
  });

  describe("undo", () => {
    it("undoing a hide restores the exact earlier state, reason and comment count", async () => {
      const { review, comment } = await publishedComment();
      const hideId = await moderated(moderator.id, { kind: "COMMENT", id: comment.id }, "hide", "Off-topic");
      expect(await commentCountOf(review.id)).toBe(0);

      actAs(otherModerator);
      const { undoActionId } = expectOk(await undoModerationActionAction({ actionId: hideId }));
      expect(await commentState(comment.id)).toEqual({ state: "PUBLISHED", stateReason: null });
      expect(await commentCountOf(review.id)).toBe(1);

      expect(await db.moderationAction.findUniqueOrThrow({ where: { id: undoActionId } })).toMatchObject({
        actorId: otherModerator.id,
        action: "comment.hide.undo",
        targetType: "COMMENT",
        targetId: comment.id,
        undoesId: hideId,
        before: { state: "HIDDEN", stateReason: "Off-topic" },
        after: { state: "PUBLISHED", stateReason: null },
      });
      expect(await db.moderationAction.findUniqueOrThrow({ where: { id: hideId } })).toMatchObject({ undoneById: otherModerator.id, undoneAt: expect.any(Date) });
    });

    it("undoing the hide of a held comment puts it back in the queue with its hold reason, uncounted", async () => {
      const review = await createTestReview({ authorId: (await createTestUser()).id });
      const pending = await createPendingComment({ reviewId: review.id, authorId: (await createTestUser()).id });
      const hideId = await moderated(moderator.id, { kind: "COMMENT", id: pending.id }, "hide", "Spam");

      actAs(moderator);
      expectOk(await undoModerationActionAction({ actionId: hideId }));
      expect(await commentState(pending.id)).toEqual({ state: "PENDING", stateReason: pending.stateReason });
      expect(await commentCountOf(review.id)).toBe(0);
    });

    it("undoing a ban restores no ban at all when there was none", async () => {
      const member = await createTestUser();
      actAs(moderator);
      expectOk(await banUserAction({ userId: member.id, duration: "permanent", reason: "Spam" }));
      const banId = (await latestActionOn(member.id)).id;

      expectOk(await undoModerationActionAction({ actionId: banId }));
      expect(await banFieldsOf(member.id)).toEqual({ bannedAt: null, bannedUntil: null, banReason: null, bannedById: null });
      expect(await latestActionOn(member.id)).toMatchObject({ action: "user.ban.undo", undoesId: banId, actorId: moderator.id });
    });

    it("undoing a ban restores the earlier timed ban exactly", async () => {
      const member = await createTestUser();
      const earlier = { bannedAt: new Date(Date.now() - 2 * 86_400_000), bannedUntil: new Date(Date.now() + 3 * 86_400_000 + 123), banReason: "Flame war", bannedById: otherModerator.id };
      await db.user.update({ where: { id: member.id }, data: earlier });

      actAs(moderator);
      expectOk(await banUserAction({ userId: member.id, duration: "permanent", reason: "Ban evasion" }));
      expect(await banFieldsOf(member.id)).toMatchObject({ bannedUntil: null, banReason: "Ban evasion" });

      expectOk(await undoModerationActionAction({ actionId: (await latestActionOn(member.id)).id }));
      expect(await banFieldsOf(member.id)).toEqual(earlier);
    });

    it("undoing a role change restores the role, for admins only", async () => {
      const member = await createTestUser();
      actAs(admin);
      expectOk(await changeRoleAction({ userId: member.id, role: "MODERATOR" }));
      const roleChangeId = (await latestActionOn(member.id)).id;

      actAs(moderator);
      expectRefused(await undoModerationActionAction({ actionId: roleChangeId }), "Only admins");
      expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("MODERATOR");

      actAs(admin);
      expectOk(await undoModerationActionAction({ actionId: roleChangeId }));
      expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("USER");
      expect(await latestActionOn(member.id)).toMatchObject({ action: "user.role.undo", undoesId: roleChangeId, before: { role: "MODERATOR" }, after: { role: "USER" } });
    });

    it("refuses when the target has changed since, changing nothing", async () => {
      const { review, comment } = await publishedComment();
      const hideId = await moderated(moderator.id, { kind: "COMMENT", id: comment.id }, "hide", "Rude");
      await moderated(otherModerator.id, { kind: "COMMENT", id: comment.id }, "delete", "Worse than rude");
      const actionsBefore = await db.moderationAction.count();

      actAs(moderator);
      expectRefused(await undoModerationActionAction({ actionId: hideId }), "changed since");
      expect(await commentState(comment.id)).toEqual({ state: "DELETED", stateReason: "Worse than rude" });
      expect(await commentCountOf(review.id)).toBe(0);
      expect(await db.moderationAction.count()).toBe(actionsBefore);
      expect((await db.moderationAction.findUniqueOrThrow({ where: { id: hideId } })).undoneAt).toBeNull();
    });

    it("refuses when the target was restored by another action since", async () => {
      const { review, comment } = await publishedComment();
      const hideId = await moderated(moderator.id, { kind: "COMMENT", id: comment.id }, "hide", "Rude");
      await moderated(otherModerator.id, { kind: "COMMENT", id: comment.id }, "restore", null);

      actAs(moderator);
      expectRefused(await undoModerationActionAction({ actionId: hideId }), "changed since");
      expect(await commentState(comment.id)).toEqual({ state: "PUBLISHED", stateReason: null });
      expect(await commentCountOf(review.id)).toBe(1);
    });

    it("refuses to undo an early action over later ones, even when the state looks the same again", async () => {
      const { comment } = await publishedComment();
      const firstHide = await moderated(moderator.id, { kind: "COMMENT", id: comment.id }, "hide", "Rude");
      await moderated(otherModerator.id, { kind: "COMMENT", id: comment.id }, "restore", null);
      await moderated(admin.id, { kind: "COMMENT", id: comment.id }, "hide", "Rude again, after a second look");

      actAs(moderator);
      expectRefused(await undoModerationActionAction({ actionId: firstHide }));
      // The admin's later decision stands.
      expect(await commentState(comment.id)).toEqual({ state: "HIDDEN", stateReason: "Rude again, after a second look" });
    });

    it("can't undo the same action twice, even at the same moment", async () => {
      const { review, comment } = await publishedComment();
      const hideId = await moderated(moderator.id, { kind: "COMMENT", id: comment.id }, "hide", "Rude");

      actAs(moderator);
      const results = await Promise.all([undoModerationActionAction({ actionId: hideId }), undoModerationActionAction({ actionId: hideId })]);
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(await commentCountOf(review.id)).toBe(1);

      expectRefused(await undoModerationActionAction({ actionId: hideId }), "already undone");
      expect(await db.moderationAction.count({ where: { undoesId: hideId } })).toBe(1);
      expect(await commentCountOf(review.id)).toBe(1);
    });

    it("refuses actions that can't be undone", async () => {
      const { comment } = await publishedComment();
      const deleteId = await moderated(moderator.id, { kind: "COMMENT", id: comment.id }, "delete", "Spam");
      actAs(admin);
      expectRefused(await undoModerationActionAction({ actionId: deleteId }), "can't be undone");
      expectRefused(await undoModerationActionAction({ actionId: "cnosuchaction00000000000" }), "can't be undone");
      expect((await commentState(comment.id)).state).toBe("DELETED");
    });
  });
});

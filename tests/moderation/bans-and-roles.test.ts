// Bans and roles through the real actions: a ban bites on the very next request, lasts as long
// as chosen, can't be turned on staff or on yourself, and only admins hand out roles.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { postCommentAction } from "@/lib/actions/comments";
import { banUserAction, changeRoleAction, unbanUserAction } from "@/lib/actions/moderation/users";
import { db } from "@/lib/db";
import { expectFieldError, expectOk, expectRefused } from "../helpers/action-results";
import { actAs } from "../helpers/acting-as";
import { expireCommentRateLimits, uniqueBody } from "../helpers/comment-posting";
import { createTestReview, createTestUser } from "../helpers/fixtures";
import { banFieldsOf } from "../helpers/moderation-fixtures";
import { setSetting } from "../helpers/site-settings";

type User = Awaited<ReturnType<typeof createTestUser>>;
const DAY = 86_400_000;

describe("bans", () => {
  let moderator: User;
  let admin: User;
  let review: Awaited<ReturnType<typeof createTestReview>>;

  beforeAll(async () => {
    await setSetting("holdFirstTimePosters", false);
    moderator = await createTestUser({ role: "MODERATOR" });
    admin = await createTestUser({ role: "ADMIN" });
    review = await createTestReview({ authorId: admin.id });
  });

  it("takes effect at once on someone already signed in, telling them why and until when", async () => {
    const member = await createTestUser();
    actAs(member);
    expectOk(await postCommentAction({ reviewId: review.id, body: uniqueBody() }));

    actAs(moderator);
    expectOk(await banUserAction({ userId: member.id, duration: "7d", reason: "Harassing other members" }));

    await expireCommentRateLimits(member.id);
    actAs(member); // the same session as before the ban
    const before = await db.comment.count({ where: { authorId: member.id } });
    const refused = expectRefused(await postCommentAction({ reviewId: review.id, body: uniqueBody() }), "suspended");
    const { bannedUntil } = await banFieldsOf(member.id);
    expect(refused.error).toContain("Harassing other members");
    // e.g. "until Sat, 05 Dec 2026 03:12 UTC"
    expect(refused.error).toContain(bannedUntil!.toUTCString().slice(0, 16));
    expect(await db.comment.count({ where: { authorId: member.id } })).toBe(before);
  });

  it.each([
    ["1d", 1],
    ["7d", 7],
    ["30d", 30],
  ] as const)("a %s ban ends %i day(s) from now", async (duration, days) => {
    const member = await createTestUser();
    actAs(moderator);
    const start = Date.now();
    expectOk(await banUserAction({ userId: member.id, duration, reason: "Spam" }));
    const end = Date.now();

    const ban = await banFieldsOf(member.id);
    expect(ban).toMatchObject({ banReason: "Spam", bannedById: moderator.id });
    expect(ban.bannedAt!.getTime()).toBeGreaterThanOrEqual(start - 1000);
    expect(ban.bannedAt!.getTime()).toBeLessThanOrEqual(end + 1000);
    expect(ban.bannedUntil!.getTime() - ban.bannedAt!.getTime()).toBe(days * DAY);
  });

  it("says which audit entry it made, so the moderator can undo it at once", async () => {
    const member = await createTestUser();
    actAs(moderator);
    const { actionId } = expectOk(await banUserAction({ userId: member.id, duration: "1d", reason: "Spam" }));
    const logged = await db.moderationAction.findFirstOrThrow({ where: { targetId: member.id, action: "user.ban" }, select: { id: true } });
    expect(actionId).toBe(logged.id);
  });

  it("a permanent ban has no end date", async () => {
    const member = await createTestUser();
    actAs(moderator);
    expectOk(await banUserAction({ userId: member.id, duration: "permanent", reason: "Spam bot" }));
    const ban = await banFieldsOf(member.id);
    expect(ban).toMatchObject({ bannedUntil: null, banReason: "Spam bot", bannedById: moderator.id });
    expect(ban.bannedAt).toBeInstanceOf(Date);

    await expireCommentRateLimits(member.id);
    actAs(member);
    expectRefused(await postCommentAction({ reviewId: review.id, body: uniqueBody() }), "suspended permanently: Spam bot");
  });

  it("requires a reason and a known duration", async () => {
    const member = await createTestUser();
    actAs(moderator);
    expectFieldError(await banUserAction({ userId: member.id, duration: "7d", reason: "   " }), "reason");
    expectFieldError(await banUserAction({ userId: member.id, duration: "forever" as "7d", reason: "Spam" }), "duration");
    expect((await banFieldsOf(member.id)).bannedAt).toBeNull();
  });

  it("moderators can't ban staff", async () => {
    const otherModerator = await createTestUser({ role: "MODERATOR" });
    actAs(moderator);
    expectRefused(await banUserAction({ userId: otherModerator.id, duration: "1d", reason: "Disagreement" }), "Staff");
    expectRefused(await banUserAction({ userId: admin.id, duration: "1d", reason: "Coup" }), "Staff");
    expect((await banFieldsOf(otherModerator.id)).bannedAt).toBeNull();
    expect((await banFieldsOf(admin.id)).bannedAt).toBeNull();
  });

  it("admins can ban a moderator but not another admin", async () => {
    const rogueModerator = await createTestUser({ role: "MODERATOR" });
    const otherAdmin = await createTestUser({ role: "ADMIN" });
    actAs(admin);
    expectOk(await banUserAction({ userId: rogueModerator.id, duration: "30d", reason: "Abused the queue" }));
    expect((await banFieldsOf(rogueModerator.id)).bannedAt).toBeInstanceOf(Date);
    expectRefused(await banUserAction({ userId: otherAdmin.id, duration: "1d", reason: "Coup" }), "Staff");
    expect((await banFieldsOf(otherAdmin.id)).bannedAt).toBeNull();
  });

  it("nobody can ban themselves", async () => {
    for (const staff of [moderator, admin]) {
      actAs(staff);
      expectRefused(await banUserAction({ userId: staff.id, duration: "1d", reason: "Taking a break" }), "yourself");
      expect((await banFieldsOf(staff.id)).bannedAt).toBeNull();
    }
  });

  it("refuses to ban an account that doesn't exist or was deleted", async () => {
    const gone = await createTestUser();
    await db.user.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });
    actAs(moderator);
    expectRefused(await banUserAction({ userId: gone.id, duration: "1d", reason: "Spam" }), "No such user");
    expectRefused(await banUserAction({ userId: "cnosuchuser0000000000000", duration: "1d", reason: "Spam" }), "No such user");
  });

  it("unbanning lifts the ban at once", async () => {
    const member = await createTestUser();
    actAs(moderator);
    expectOk(await banUserAction({ userId: member.id, duration: "permanent", reason: "Spam" }));
    expectOk(await unbanUserAction({ userId: member.id, reason: "Appeal accepted by email" }));
    expect(await banFieldsOf(member.id)).toEqual({ bannedAt: null, bannedUntil: null, banReason: null, bannedById: null });

    await expireCommentRateLimits(member.id);
    actAs(member);
    expectOk(await postCommentAction({ reviewId: review.id, body: uniqueBody() }));

    actAs(moderator);
    expectRefused(await unbanUserAction({ userId: member.id }), "isn't banned");
  });
});

describe("roles", () => {
  let moderator: User;
  let admin: User;

  beforeAll(async () => {
    moderator = await createTestUser({ role: "MODERATOR" });
    admin = await createTestUser({ role: "ADMIN" });
  });

  const roleOf = async (user: User) => (await db.user.findUniqueOrThrow({ where: { id: user.id } })).role;

  it("moderators can't change anyone's role, including their own", async () => {
    const member = await createTestUser();
    actAs(moderator);
    expectRefused(await changeRoleAction({ userId: member.id, role: "MODERATOR" }), "permission");
    expectRefused(await changeRoleAction({ userId: moderator.id, role: "ADMIN" }), "permission");
    expectRefused(await changeRoleAction({ userId: admin.id, role: "USER" }), "permission");
    expect([await roleOf(member), await roleOf(moderator), await roleOf(admin)]).toEqual(["USER", "MODERATOR", "ADMIN"]);
  });

  it("admins promote and demote, and the new role applies on the next request", async () => {
    const member = await createTestUser();
    actAs(admin);
    expectOk(await changeRoleAction({ userId: member.id, role: "MODERATOR" }));
    expect(await roleOf(member)).toBe("MODERATOR");

    const target = await createTestUser();
    actAs(member); // now a moderator, without signing in again
    expectOk(await banUserAction({ userId: target.id, duration: "1d", reason: "Spam" }));

    actAs(admin);
    expectOk(await changeRoleAction({ userId: member.id, role: "USER" }));
    actAs(member);
    expectRefused(await unbanUserAction({ userId: target.id }), "permission");
    expect((await banFieldsOf(target.id)).bannedAt).toBeInstanceOf(Date);
  });

  it("admins can't change their own role", async () => {
    actAs(admin);
    expectRefused(await changeRoleAction({ userId: admin.id, role: "USER" }), "your own role");
    expect(await roleOf(admin)).toBe("ADMIN");
  });

  it("refuses an unknown role", async () => {
    const member = await createTestUser();
    actAs(admin);
    expectFieldError(await changeRoleAction({ userId: member.id, role: "SUPERUSER" as "ADMIN" }), "role");
    expect(await roleOf(member)).toBe("USER");
  });

  it("says which audit entry a change made, and that saving the same role changed nothing", async () => {
    const member = await createTestUser();
    actAs(admin);
    const change = expectOk(await changeRoleAction({ userId: member.id, role: "MODERATOR" }));
    const logged = await db.moderationAction.findFirstOrThrow({ where: { targetId: member.id, action: "user.role" }, select: { id: true } });
    expect(change).toEqual({ changed: true, actionId: logged.id });

    // Saving it again: nothing to log, nothing to undo, and the form is told so.
    expect(expectOk(await changeRoleAction({ userId: member.id, role: "MODERATOR" }))).toEqual({ changed: false });
    expect(await db.moderationAction.count({ where: { targetId: member.id, action: "user.role" } })).toBe(1);
    expect(await roleOf(member)).toBe("MODERATOR");
  });
});

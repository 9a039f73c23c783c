// The appeal form promises "a moderator other than the one who decided will read it". The
// moderator who banned a member used to be able to reject that member's appeal themselves. Now
// the server holds the promise; and on a site run by a single member of staff, its admin decides
// (there is nobody else), as the form says.
//
// Runs in order: the first test needs a site whose only staff member is one admin.
import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { decideAppealAction, fileAppealAction } from "@/lib/actions/moderation/appeals";
import { banUserAction } from "@/lib/actions/moderation/users";
import { db } from "@/lib/db";
import { appealDeciderProblem } from "@/lib/moderation/appeal-deciders";
import { listActiveStaff, listAppeals } from "@/lib/queries/admin/appeals";
import { AppealCard } from "@/components/admin/appeals/appeal-card";
import { AppealForm } from "@/components/moderation/appeal-form";
import { actAs } from "../helpers/acting-as";
import { expectOk, expectRefused } from "../helpers/action-results";
import { createTestReview, createTestUser } from "../helpers/fixtures";
import { createCountedComment, moderated } from "../helpers/moderation-fixtures";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh() {}, push() {} }) }));

type User = Awaited<ReturnType<typeof createTestUser>>;

/** `decider` bans a new member through the action; the member appeals. Returns both. */
async function appealedBan(decider: User) {
  const member = await createTestUser();
  actAs(decider);
  expectOk(await banUserAction({ userId: member.id, duration: "7d", reason: "Flaming" }));
  const ban = await db.moderationAction.findFirstOrThrow({ where: { targetId: member.id, action: "user.ban" } });
  actAs(member);
  expectOk(await fileAppealAction({ actionId: ban.id, body: "I was provoked; please look at the whole thread." }));
  const appeal = await db.appeal.findFirstOrThrow({ where: { userId: member.id } });
  return { member, appeal };
}

const statusOf = async (appealId: string) => (await db.appeal.findUniqueOrThrow({ where: { id: appealId } })).status;
const isBanned = async (userId: string) => (await db.user.findUniqueOrThrow({ where: { id: userId } })).bannedAt !== null;

describe("who decides an appeal", () => {
  let admin: User;
  let moderator: User;
  let otherModerator: User;

  it("on a site with a single staff member, its admin decides appeals against their own decisions", async () => {
    admin = await createTestUser({ role: "ADMIN" });
    // Neither a suspended moderator nor a deleted one could decide it instead.
    await createTestUser({ role: "MODERATOR", banned: true });
    await db.user.update({ where: { id: (await createTestUser({ role: "MODERATOR" })).id }, data: { deletedAt: new Date() } });
    const { member, appeal } = await appealedBan(admin);
    actAs(admin);
    expectOk(await decideAppealAction({ decision: "accept", appealId: appeal.id, response: "On reflection, fair." }));
    expect(await statusOf(appeal.id)).toBe("ACCEPTED");
    expect(await isBanned(member.id)).toBe(false);
  });

  it("otherwise, the moderator who decided can't decide the appeal, either way; another can", async () => {
    moderator = await createTestUser({ role: "MODERATOR" });
    otherModerator = await createTestUser({ role: "MODERATOR" });
    const { member, appeal } = await appealedBan(moderator);

    actAs(moderator);
    expectRefused(await decideAppealAction({ decision: "reject", appealId: appeal.id, response: "No." }), "another moderator decides");
    expectRefused(await decideAppealAction({ decision: "accept", appealId: appeal.id }), "another moderator decides");
    expect(await statusOf(appeal.id)).toBe("OPEN");
    expect(await isBanned(member.id)).toBe(true);

    actAs(otherModerator);
    expectOk(await decideAppealAction({ decision: "reject", appealId: appeal.id, response: "The thread speaks for itself." }));
    expect(await statusOf(appeal.id)).toBe("REJECTED");
  });

  it("an admin who decided doesn't decide the appeal either, when a moderator can", async () => {
    const { appeal } = await appealedBan(admin);
    actAs(admin);
    expectRefused(await decideAppealAction({ decision: "accept", appealId: appeal.id }), "another moderator decides");
    actAs(moderator);
    expectOk(await decideAppealAction({ decision: "accept", appealId: appeal.id }));
  });

  it("any moderator decides an appeal against an automatic hide", async () => {
    const author = await createTestUser();
    const review = await createTestReview({ authorId: (await createTestUser()).id });
    const comment = await createCountedComment({ reviewId: review.id, authorId: author.id });
    const hide = await moderated(moderator.id, { kind: "COMMENT", id: comment.id }, "hide", "Rude");
    // The same decision, as the system takes it after three reports.
    await db.moderationAction.update({ where: { id: hide }, data: { actorId: null, action: "comment.auto-hide" } });
    actAs(author);
    expectOk(await fileAppealAction({ actionId: hide, body: "It was a joke between friends." }));
    const appeal = await db.appeal.findFirstOrThrow({ where: { userId: author.id } });
    actAs(moderator);
    expectOk(await decideAppealAction({ decision: "accept", appealId: appeal.id }));
  });

  it("the rule itself: nobody decides their own appeal; a lone moderator waits for an admin", () => {
    const mod = { id: "m", role: "MODERATOR" as const };
    const boss = { id: "a", role: "ADMIN" as const };
    expect(appealDeciderProblem(mod, { appellantId: "m", deciderId: "a" }, [mod, boss])).toMatch(/your own appeal/);
    expect(appealDeciderProblem(mod, { appellantId: "u", deciderId: "m" }, [mod])).toMatch(/an admin has to decide/);
    expect(appealDeciderProblem(boss, { appellantId: "u", deciderId: "a" }, [boss])).toBeNull();
    // With anyone else on the staff, the admin who decided steps aside too.
    expect(appealDeciderProblem(boss, { appellantId: "u", deciderId: "a" }, [boss, mod])).toMatch(/another moderator/);
  });
});

describe("what the screens say", () => {
  it("the appeal form tells the appellant who will read it", () => {
    const html = renderToStaticMarkup(createElement(AppealForm, { actionId: "a1" }));
    expect(html).toContain("A moderator other than the one who decided will read it");
    expect(html).toContain("if the site has no other, its admin decides");
  });

  it("the appeals queue offers the decision only to someone who may make it", async () => {
    const decider = await createTestUser({ role: "MODERATOR" });
    const { appeal } = await appealedBan(decider);
    const [page, staff] = await Promise.all([listAppeals("open", 1, 100), listActiveStaff()]);
    const row = page.rows.find((candidate) => candidate.id === appeal.id)!;
    const cardFor = (viewer: User) =>
      renderToStaticMarkup(
        createElement(AppealCard, { appeal: row, deciderProblem: appealDeciderProblem(viewer, { appellantId: row.user.id, deciderId: row.action?.actorId ?? null }, staff) }),
      );
    expect(cardFor(decider)).toContain("another moderator decides its appeal");
    expect(cardFor(decider)).not.toContain("Accept and reverse");
  });
});

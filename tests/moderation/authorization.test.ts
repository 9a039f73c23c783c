// Every moderation and admin action, called by every kind of caller: the action itself decides
// who may act (hiding a button is not enforcement), and a refused call changes nothing.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import type { ActionResult } from "@/lib/action-result";
import { decideAppealAction } from "@/lib/actions/moderation/appeals";
import { undoModerationActionAction } from "@/lib/actions/moderation/audit";
import { bulkModerateAction, dismissReportsAction, moderateContentAction } from "@/lib/actions/moderation/content";
import { updateSettingsAction } from "@/lib/actions/moderation/settings";
import { banUserAction, changeRoleAction, unbanUserAction } from "@/lib/actions/moderation/users";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { expectOk, expectRefused } from "../helpers/action-results";
import { actAs } from "../helpers/acting-as";
import { createTestReview, createTestUser } from "../helpers/fixtures";
import { createCountedComment, createPendingComment, moderated } from "../helpers/moderation-fixtures";

type User = Awaited<ReturnType<typeof createTestUser>>;

/** One call, set up afresh for each caller: what to run, and a picture of everything it may change. */
interface Arranged {
  run: () => Promise<ActionResult<unknown>>;
  snapshot: () => Promise<unknown>;
}
interface ActionCase {
  name: string;
  minimum: Role;
  arrange: () => Promise<Arranged>;
}

let staff: User; // performs the moderation history that some rows start from
let settingValue = 10;

const commentSnapshot = async (commentId: string) => {
  const comment = await db.comment.findUniqueOrThrow({ where: { id: commentId }, include: { reports: { orderBy: { id: "asc" } }, review: { select: { commentCount: true } } } });
  return comment;
};
const userSnapshot = (userId: string) => db.user.findUniqueOrThrow({ where: { id: userId } });

async function freshComment(state: "PUBLISHED" | "PENDING" | "HIDDEN" = "PUBLISHED") {
  const author = await createTestUser();
  const review = await createTestReview({ authorId: (await createTestUser()).id });
  if (state === "PENDING") return { author, review, comment: await createPendingComment({ reviewId: review.id, authorId: author.id }) };
  const comment = await createCountedComment({ reviewId: review.id, authorId: author.id });
  const hideActionId = state === "HIDDEN" ? await moderated(staff.id, { kind: "COMMENT", id: comment.id }, "hide", "Rude") : null;
  return { author, review, comment, hideActionId };
}

const contentDecision = (decision: "approve" | "restore" | "hide" | "delete", startsAs: "PUBLISHED" | "PENDING" | "HIDDEN"): ActionCase => ({
  name: `moderateContentAction: ${decision} a comment`,
  minimum: "MODERATOR",
  arrange: async () => {
    const { comment } = await freshComment(startsAs);
    return {
      run: () => moderateContentAction({ decision, kind: "COMMENT", id: comment.id, reason: "Checked against the rules" }),
      snapshot: () => commentSnapshot(comment.id),
    };
  },
});

const CASES: ActionCase[] = [
  contentDecision("approve", "PENDING"),
  contentDecision("restore", "HIDDEN"),
  contentDecision("hide", "PUBLISHED"),
  contentDecision("delete", "PUBLISHED"),
  {
    name: "moderateContentAction: hide a review",
    minimum: "MODERATOR",
    arrange: async () => {
      const review = await createTestReview({ authorId: (await createTestUser()).id });
      return {
        run: () => moderateContentAction({ decision: "hide", kind: "REVIEW", id: review.id, reason: "Not a review" }),
        snapshot: () => db.review.findUniqueOrThrow({ where: { id: review.id } }),
      };
    },
  },
  {
    name: "dismissReportsAction",
    minimum: "MODERATOR",
    arrange: async () => {
      const { comment } = await freshComment();
      await db.report.create({ data: { reporterId: (await createTestUser()).id, commentId: comment.id, reason: "SPAM" } });
      return { run: () => dismissReportsAction({ kind: "COMMENT", id: comment.id }), snapshot: () => commentSnapshot(comment.id) };
    },
  },
  {
    name: "bulkModerateAction",
    minimum: "MODERATOR",
    arrange: async () => {
      const first = (await freshComment()).comment;
      const second = (await freshComment()).comment;
      return {
        run: () => bulkModerateAction({ decision: "hide", reason: "Spam wave", items: [{ kind: "COMMENT", id: first.id }, { kind: "COMMENT", id: second.id }] }),
        snapshot: async () => [await commentSnapshot(first.id), await commentSnapshot(second.id)],
      };
    },
  },
  {
    name: "banUserAction",
    minimum: "MODERATOR",
    arrange: async () => {
      const target = await createTestUser();
      return { run: () => banUserAction({ userId: target.id, duration: "7d", reason: "Spam" }), snapshot: () => userSnapshot(target.id) };
    },
  },
  {
    name: "unbanUserAction",
    minimum: "MODERATOR",
    arrange: async () => {
      const target = await createTestUser({ banned: true });
      return { run: () => unbanUserAction({ userId: target.id, reason: "Served their time" }), snapshot: () => userSnapshot(target.id) };
    },
  },
  {
    name: "changeRoleAction",
    minimum: "ADMIN",
    arrange: async () => {
      const target = await createTestUser();
      return { run: () => changeRoleAction({ userId: target.id, role: "MODERATOR" }), snapshot: () => userSnapshot(target.id) };
    },
  },
  {
    name: "updateSettingsAction",
    minimum: "ADMIN",
    arrange: async () => {
      const value = ++settingValue;
      return {
        run: () => updateSettingsAction({ linkThreshold: value, blockedWords: [`word${value}`] }),
        snapshot: () => db.setting.findMany({ orderBy: { key: "asc" } }),
      };
    },
  },
  {
    name: "undoModerationActionAction",
    minimum: "MODERATOR",
    arrange: async () => {
      const { comment, hideActionId } = await freshComment("HIDDEN");
      return {
        run: () => undoModerationActionAction({ actionId: hideActionId! }),
        snapshot: async () => [await commentSnapshot(comment.id), await db.moderationAction.findUniqueOrThrow({ where: { id: hideActionId! } })],
      };
    },
  },
  {
    name: "decideAppealAction",
    minimum: "MODERATOR",
    arrange: async () => {
      const { author, comment, hideActionId } = await freshComment("HIDDEN");
      const appeal = await db.appeal.create({ data: { userId: author.id, actionId: hideActionId, commentId: comment.id, body: "I wasn't rude, read it again." } });
      return {
        run: () => decideAppealAction({ decision: "accept", appealId: appeal.id, response: "Fair point" }),
        snapshot: async () => [await db.appeal.findUniqueOrThrow({ where: { id: appeal.id } }), await commentSnapshot(comment.id)],
      };
    },
  },
];

type CallerKind = "anonymous" | "user" | "banned user" | "banned moderator" | "moderator" | "admin";
const CALLERS: CallerKind[] = ["anonymous", "user", "banned user", "banned moderator", "moderator", "admin"];

/** Whether `caller` may run an action that needs `minimum`, and if not, what they are told. */
function expectation(caller: CallerKind, minimum: Role): { allowed: true } | { allowed: false; message: string } {
  if (caller === "anonymous") return { allowed: false, message: "Sign in" };
  if (caller.startsWith("banned")) return { allowed: false, message: "suspended" };
  if (caller === "user" || (caller === "moderator" && minimum === "ADMIN")) return { allowed: false, message: "permission" };
  return { allowed: true };
}

/** Everything any of these actions writes besides its target. */
const sideEffects = async () => ({ actions: await db.moderationAction.count(), notifications: await db.notification.count(), appeals: await db.appeal.count() });

describe("who may run moderation and admin actions", () => {
  const callers = new Map<CallerKind, User | null>();

  beforeAll(async () => {
    staff = await createTestUser({ role: "ADMIN" });
    callers.set("anonymous", null);
    callers.set("user", await createTestUser());
    callers.set("banned user", await createTestUser({ banned: true }));
    callers.set("banned moderator", await createTestUser({ role: "MODERATOR", banned: true }));
    callers.set("moderator", await createTestUser({ role: "MODERATOR" }));
    callers.set("admin", await createTestUser({ role: "ADMIN" }));
  });

  describe.each(CASES)("$name (needs $minimum)", (actionCase) => {
    it.each(CALLERS)("called by: %s", async (caller) => {
      const { run, snapshot } = await actionCase.arrange();
      const before = await snapshot();
      const effectsBefore = await sideEffects();
      const expected = expectation(caller, actionCase.minimum);

      actAs(callers.get(caller) ?? null);
      const result = await run();

      if (expected.allowed) {
        expectOk(result);
        expect(await snapshot()).not.toEqual(before);
        expect((await sideEffects()).actions).toBeGreaterThan(effectsBefore.actions);
      } else {
        expectRefused(result, expected.message);
        expect(await snapshot()).toEqual(before);
        expect(await sideEffects()).toEqual(effectsBefore);
      }
    });
  });
});

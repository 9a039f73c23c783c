"use server";

import { revalidatePath } from "next/cache";
import { fail, ok } from "@/lib/action-result";
import { defineAction, MODERATOR, SIGNED_IN_EVEN_IF_BANNED } from "@/lib/actions/action-client";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { notifyModerationDecision } from "@/lib/notifications/moderation-notice";
import { activeStaff, appealDeciderProblem } from "@/lib/moderation/appeal-deciders";
import { recordAction } from "@/lib/moderation/audit-log";
import { undoModerationAction } from "@/lib/moderation/undo";
import { appealSchema, decideAppealSchema } from "@/lib/validations/moderation";

/** Actions a person may appeal: their own ban, or hiding something they wrote. */
async function appealableAction(actionId: string, userId: string) {
  const action = await db.moderationAction.findFirst({
    where: { id: actionId, undoneAt: null, action: { in: ["user.ban", "review.hide", "comment.hide", "review.auto-hide", "comment.auto-hide"] } },
    select: { id: true, action: true, targetType: true, targetId: true },
  });
  if (!action) return null;
  if (action.targetType === "USER") return action.targetId === userId ? action : null;
  const owner =
    action.targetType === "REVIEW"
      ? await db.review.findFirst({ where: { id: action.targetId, authorId: userId }, select: { id: true } })
      : await db.comment.findFirst({ where: { id: action.targetId, authorId: userId }, select: { id: true } });
  return owner ? action : null;
}

export const fileAppealAction = defineAction({ schema: appealSchema, access: SIGNED_IN_EVEN_IF_BANNED }, async (input, caller) => {
  const action = await appealableAction(input.actionId, caller.id);
  if (!action) return fail("There is nothing of yours to appeal there.");
  try {
    await db.appeal.create({
      data: {
        userId: caller.id,
        actionId: action.id,
        body: input.body,
        ...(action.targetType === "REVIEW" ? { reviewId: action.targetId } : {}),
        ...(action.targetType === "COMMENT" ? { commentId: action.targetId } : {}),
      },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return fail("You've already appealed this decision.");
    throw error;
  }
  revalidatePath("/admin", "layout");
  return ok();
});

export const decideAppealAction = defineAction({ schema: decideAppealSchema, access: MODERATOR }, async (input, caller) => {
  const outcome = await db.$transaction(async (tx) => {
    const appeal = await tx.appeal.findFirst({
      where: { id: input.appealId, status: "OPEN" },
      select: { id: true, actionId: true, userId: true, action: { select: { actorId: true } } },
    });
    if (!appeal) return fail("That appeal was already decided.");
    const problem = appealDeciderProblem(caller, { appellantId: appeal.userId, deciderId: appeal.action?.actorId ?? null }, await activeStaff(tx));
    if (problem) return fail(problem);
    if (input.decision === "accept" && appeal.actionId) {
      const undone = await undoModerationAction(tx, appeal.actionId, caller.id, `Appeal accepted${input.response ? `: ${input.response}` : ""}`);
      if (!undone.ok) return fail(undone.error);
    }
    await tx.appeal.update({
      where: { id: appeal.id },
      data: { status: input.decision === "accept" ? "ACCEPTED" : "REJECTED", response: input.response || null, decidedById: caller.id, decidedAt: new Date() },
    });
    await recordAction(tx, {
      actorId: caller.id,
      action: `appeal.${input.decision}`,
      targetType: "APPEAL",
      targetId: appeal.id,
      reason: input.response || null,
      before: { status: "OPEN" },
      after: { status: input.decision === "accept" ? "ACCEPTED" : "REJECTED" },
    });
    await notifyModerationDecision(tx, {
      userId: appeal.userId,
      actorId: caller.id,
      message: input.decision === "accept" ? "Your appeal was accepted." : `Your appeal was rejected: ${input.response}`,
    });
    return ok();
  });
  if (outcome.ok) revalidatePath("/admin", "layout");
  return outcome;
});

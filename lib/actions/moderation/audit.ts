"use server";

import { revalidatePath } from "next/cache";
import { fail, ok } from "@/lib/action-result";
import { defineAction, MODERATOR } from "@/lib/actions/action-client";
import { db } from "@/lib/db";
import { hasRole } from "@/lib/permissions";
import { UNDOABLE, undoModerationAction } from "@/lib/moderation/undo";
import { undoSchema } from "@/lib/validations/moderation";

export const undoModerationActionAction = defineAction({ schema: undoSchema, access: MODERATOR }, async (input, caller) => {
  const action = await db.moderationAction.findUnique({ where: { id: input.actionId }, select: { action: true } });
  const minimum = action ? UNDOABLE[action.action] : undefined;
  if (!minimum) return fail("That action can't be undone.");
  if (!hasRole(caller.role, minimum)) return fail("Only admins can undo that.");
  const outcome = await db.$transaction((tx) => undoModerationAction(tx, input.actionId, caller.id, "Undone from the audit log"));
  if (!outcome.ok) return fail(outcome.error);
  revalidatePath("/admin", "layout");
  revalidatePath("/reviews/[id]", "page");
  return ok({ undoActionId: outcome.undoActionId });
});

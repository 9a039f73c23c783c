"use server";

import { revalidatePath } from "next/cache";
import { fail, ok } from "@/lib/action-result";
import { defineAction, MODERATOR } from "@/lib/actions/action-client";
import { db } from "@/lib/db";
import { recordAction } from "@/lib/moderation/audit-log";
import { moveContentState } from "@/lib/moderation/content-state";
import { moderateContent } from "@/lib/moderation/moderate-content";
import { bulkModerateSchema, contentRefSchema, moderateContentSchema } from "@/lib/validations/moderation";

function revalidateModeration() {
  revalidatePath("/admin", "layout");
  revalidatePath("/reviews/[id]", "page");
}

export const moderateContentAction = defineAction({ schema: moderateContentSchema, access: MODERATOR }, async (input, caller) => {
  const outcome = await db.$transaction((tx) => moderateContent(tx, caller.id, input, input.decision, input.reason || null));
  if (!outcome.ok) return fail(outcome.error);
  revalidateModeration();
  return ok({ actionId: outcome.actionId });
});

/** Dismissing reports says they were unfounded: an item they auto-hid comes back. */
async function dismissReports(moderatorId: string, item: { kind: "REVIEW" | "COMMENT"; id: string }, reason: string | null = null) {
  return db.$transaction(async (tx) => {
    const where = { status: "OPEN" as const, ...(item.kind === "REVIEW" ? { reviewId: item.id } : { commentId: item.id }) };
    const { count } = await tx.report.updateMany({ where, data: { status: "DISMISSED", resolvedById: moderatorId, resolvedAt: new Date() } });
    if (count === 0) return { ok: false as const, error: "There are no open reports on that item." };
    const autoHidden = await tx.moderationAction.findFirst({
      where: { targetType: item.kind, targetId: item.id, action: `${item.kind.toLowerCase()}.auto-hide`, undoneAt: null },
      orderBy: { createdAt: "desc" },
    });
    if (autoHidden) {
      const restored = await moveContentState(tx, item.kind, item.id, "HIDDEN", { state: "PUBLISHED", stateReason: null });
      if (restored) await tx.moderationAction.update({ where: { id: autoHidden.id }, data: { undoneAt: new Date(), undoneById: moderatorId } });
    }
    await recordAction(tx, {
      actorId: moderatorId,
      action: `${item.kind.toLowerCase()}.dismiss-reports`,
      targetType: item.kind,
      targetId: item.id,
      reason,
      before: { openReports: count },
      after: { openReports: 0, restored: Boolean(autoHidden) },
    });
    return { ok: true as const, dismissed: count };
  });
}

export const dismissReportsAction = defineAction({ schema: contentRefSchema, access: MODERATOR }, async (input, caller) => {
  const outcome = await dismissReports(caller.id, input);
  if (!outcome.ok) return fail(outcome.error);
  revalidateModeration();
  return ok({ dismissed: outcome.dismissed });
});

/** Bulk actions: each item in its own transaction, so one failure doesn't undo the rest. */
export const bulkModerateAction = defineAction({ schema: bulkModerateSchema, access: MODERATOR }, async (input, caller) => {
  if ((input.decision === "hide" || input.decision === "delete") && !input.reason) {
    return fail("Give a reason: the authors will see it.", { reason: ["Required for hide and delete."] });
  }
  let done = 0;
  const failures: string[] = [];
  for (const item of input.items) {
    const outcome =
      input.decision === "dismiss"
        ? await dismissReports(caller.id, item, input.reason || null)
        : await db.$transaction((tx) => moderateContent(tx, caller.id, item, input.decision as "approve", input.reason || null));
    if (outcome.ok) done++;
    else failures.push(`${item.kind.toLowerCase()} ${item.id}: ${outcome.error}`);
  }
  revalidateModeration();
  return ok({ done, failures });
});

import type { Prisma } from "@/lib/generated/prisma/client";
import type { ContentState, Role } from "@/lib/generated/prisma/enums";
import { recordAction } from "./audit-log";
import { moveContentState, type ContentKind } from "./content-state";

/** Actions the audit log can undo, and the minimum role that may undo them. */
export const UNDOABLE: Record<string, Role> = {
  "review.hide": "MODERATOR",
  "comment.hide": "MODERATOR",
  "review.auto-hide": "MODERATOR",
  "comment.auto-hide": "MODERATOR",
  "user.ban": "MODERATOR",
  "user.role": "ADMIN",
};

export type UndoOutcome = { ok: true; undoActionId: string } | { ok: false; error: string };

interface BanSnapshot {
  bannedAt: string | null;
  bannedUntil: string | null;
  banReason: string | null;
  bannedById: string | null;
}

/** What an action decides: a user's ban, a user's role, or an item's visibility. */
function facetOf(action: string): string | null {
  if (action === "user.ban" || action === "user.unban") return "ban";
  if (action === "user.role") return "role";
  if (/^(review|comment)\./.test(action) && !action.endsWith("dismiss-reports")) return "visibility";
  return null;
}

const asDate = (value: string | null) => (value ? new Date(value) : null);

/**
 * Puts the target back exactly as the action found it — only if nothing has changed it since
 * (its state still equals the action's "after"), so an undo never overwrites a later decision.
 */
export async function undoModerationAction(tx: Prisma.TransactionClient, actionId: string, actorId: string, reason: string): Promise<UndoOutcome> {
  const action = await tx.moderationAction.findUnique({ where: { id: actionId } });
  if (!action || !(action.action in UNDOABLE)) return { ok: false, error: "That action can't be undone." };
  if (action.undoneAt) return { ok: false, error: "That action was already undone." };
  const before = action.before as Record<string, unknown> | null;
  const after = action.after as Record<string, unknown> | null;
  if (!before || !after) return { ok: false, error: "That action has no recorded state to return to." };
  const changedSince = { ok: false as const, error: "It has changed since; undo the later action first." };
  // A later decision about the same thing (not undone, not itself an undo) wins over this one.
  const laterActions = await tx.moderationAction.findMany({
    where: { targetType: action.targetType, targetId: action.targetId, createdAt: { gt: action.createdAt }, undoneAt: null, undoesId: null },
    select: { action: true },
  });
  if (laterActions.some((later) => facetOf(later.action) === facetOf(action.action))) return changedSince;

  if (action.targetType === "REVIEW" || action.targetType === "COMMENT") {
    const moved = await moveContentState(tx, action.targetType as ContentKind, action.targetId, after.state as ContentState, {
      state: before.state as ContentState,
      stateReason: (before.stateReason as string | null) ?? null,
    });
    if (!moved) return changedSince;
    if (action.action.endsWith(".auto-hide")) {
      await tx.report.updateMany({
        where: { status: "OPEN", ...(action.targetType === "REVIEW" ? { reviewId: action.targetId } : { commentId: action.targetId }) },
        data: { status: "DISMISSED", resolvedById: actorId, resolvedAt: new Date() },
      });
    }
  } else if (action.action === "user.ban") {
    const was = before as unknown as BanSnapshot;
    const now = after as unknown as BanSnapshot;
    const { count } = await tx.user.updateMany({
      where: { id: action.targetId, bannedAt: asDate(now.bannedAt), bannedUntil: asDate(now.bannedUntil) },
      data: { bannedAt: asDate(was.bannedAt), bannedUntil: asDate(was.bannedUntil), banReason: was.banReason, bannedById: was.bannedById },
    });
    if (count === 0) return changedSince;
  } else if (action.action === "user.role") {
    const { count } = await tx.user.updateMany({
      where: { id: action.targetId, role: after.role as Role },
      data: { role: before.role as Role },
    });
    if (count === 0) return changedSince;
  }

  const undo = await recordAction(tx, {
    actorId,
    action: `${action.action}.undo`,
    targetType: action.targetType,
    targetId: action.targetId,
    reason,
    before: after as Prisma.InputJsonValue,
    after: before as Prisma.InputJsonValue,
    undoesId: action.id,
  });
  await tx.moderationAction.update({ where: { id: action.id }, data: { undoneAt: new Date(), undoneById: actorId } });
  return { ok: true, undoActionId: undo.id };
}

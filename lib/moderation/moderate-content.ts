import type { Prisma } from "@/lib/generated/prisma/client";
import type { ContentState } from "@/lib/generated/prisma/enums";
import { contentDecisionMessage, notifyModerationDecision } from "@/lib/notifications/moderation-notice";
import { recordAction } from "./audit-log";
import { moveContentState, readContentState, type ContentKind } from "./content-state";

export type Decision = "approve" | "restore" | "hide" | "delete";

/** Which states each decision applies to, and where it leads. */
const TRANSITIONS: Record<Decision, { from: ContentState[]; to: ContentState }> = {
  approve: { from: ["PENDING", "HIDDEN"], to: "PUBLISHED" },
  restore: { from: ["HIDDEN", "DELETED"], to: "PUBLISHED" },
  hide: { from: ["PUBLISHED", "PENDING"], to: "HIDDEN" },
  delete: { from: ["PUBLISHED", "PENDING", "HIDDEN"], to: "DELETED" },
};

export type ModerationOutcome = { ok: true; actionId: string } | { ok: false; error: string };

/** Applies one moderator decision to one item, closes its open reports, and logs it. */
export async function moderateContent(
  tx: Prisma.TransactionClient,
  actorId: string,
  item: { kind: ContentKind; id: string },
  decision: Decision,
  reason: string | null,
): Promise<ModerationOutcome> {
  const current = await readContentState(tx, item.kind, item.id);
  if (!current) return { ok: false, error: "That item no longer exists." };
  const transition = TRANSITIONS[decision];
  if (!transition.from.includes(current.state)) {
    return { ok: false, error: `Can't ${decision} an item that is ${current.state.toLowerCase()}.` };
  }
  const next = { state: transition.to, stateReason: transition.to === "PUBLISHED" ? null : reason };
  if (!(await moveContentState(tx, item.kind, item.id, current.state, next))) {
    return { ok: false, error: "Someone else just changed this item; reload to see it." };
  }
  await tx.report.updateMany({
    where: { status: "OPEN", ...(item.kind === "REVIEW" ? { reviewId: item.id } : { commentId: item.id }) },
    data: { status: "RESOLVED", resolvedById: actorId, resolvedAt: new Date() },
  });
  const logged = await recordAction(tx, {
    actorId,
    action: `${item.kind.toLowerCase()}.${decision}`,
    targetType: item.kind,
    targetId: item.id,
    reason,
    before: { state: current.state, stateReason: current.stateReason },
    after: next,
  });
  await notifyModerationDecision(tx, {
    userId: current.authorId,
    actorId,
    message: contentDecisionMessage(item.kind, decision, reason),
    reviewId: current.reviewId,
    commentId: item.kind === "COMMENT" ? item.id : null,
  });
  return { ok: true, actionId: logged.id };
}

import type { Prisma } from "@/lib/generated/prisma/client";
import type { ModerationTarget } from "@/lib/generated/prisma/enums";

export interface AuditEntry {
  /** Null when the system acts on its own (auto-hide after reports). */
  actorId: string | null;
  /** "comment.hide", "user.ban", "setting.update", … */
  action: string;
  targetType: ModerationTarget;
  targetId: string;
  reason?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
  undoesId?: string;
}

/** Writes one audit-log row, inside the caller's transaction so the log and the change agree. */
export async function recordAction(tx: Prisma.TransactionClient, entry: AuditEntry) {
  return tx.moderationAction.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      reason: entry.reason ?? null,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
      undoesId: entry.undoesId,
    },
    select: { id: true },
  });
}

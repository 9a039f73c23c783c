import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ModerationTarget } from "@/lib/generated/prisma/enums";
import type { AuditFilters } from "./audit-filters";
import { describeTargets, type TargetView } from "./audit-targets";
import { ADMIN_PAGE_SIZE, paged, pageWindow, type Paged } from "./paging";

export interface AuditRow {
  id: string;
  createdAt: Date;
  action: string;
  /** Null: the system acted on its own (auto-hide after reports). */
  actor: { id: string; handle: string } | null;
  targetType: ModerationTarget;
  targetId: string;
  target: TargetView;
  reason: string | null;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
  undoneAt: Date | null;
  undoneBy: { handle: string } | null;
  /** Set on an undo entry: the action it reversed. */
  undoesId: string | null;
}

const auditSelect = {
  id: true,
  createdAt: true,
  action: true,
  actor: { select: { id: true, handle: true } },
  targetType: true,
  targetId: true,
  reason: true,
  before: true,
  after: true,
  undoneAt: true,
  undoneBy: { select: { handle: true } },
  undoesId: true,
} satisfies Prisma.ModerationActionSelect;

const DAY_MS = 86_400_000;

function auditWhere(filters: AuditFilters): Prisma.ModerationActionWhereInput {
  const where: Prisma.ModerationActionWhereInput = {};
  if (filters.action) where.action = filters.action;
  if (filters.actor === "system") where.actorId = null;
  else if (filters.actor) where.actor = { handle: { equals: filters.actor, mode: "insensitive" } };
  if (filters.target) where.targetType = filters.target;
  if (filters.targetId) where.targetId = filters.targetId;
  if (filters.from || filters.to) {
    where.createdAt = {
      ...(filters.from ? { gte: filters.from } : {}),
      ...(filters.to ? { lt: new Date(filters.to.getTime() + DAY_MS) } : {}),
    };
  }
  return where;
}

async function withTargets(rows: Prisma.ModerationActionGetPayload<{ select: typeof auditSelect }>[]): Promise<AuditRow[]> {
  const targets = await describeTargets(rows);
  return rows.map((row) => ({
    ...row,
    target: targets.get(`${row.targetType}:${row.targetId}`) ?? { label: row.targetId, href: null },
  }));
}

/** One page of the audit log, newest first. */
export async function listAuditLog(filters: AuditFilters, size = ADMIN_PAGE_SIZE): Promise<Paged<AuditRow>> {
  const where = auditWhere(filters);
  const [rows, total] = await Promise.all([
    db.moderationAction.findMany({ where, select: auditSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageWindow(filters.page, size) }),
    db.moderationAction.count({ where }),
  ]);
  return paged(await withTargets(rows), total, filters.page, size);
}

/** The latest entries, for the dashboard. */
export async function listRecentActions(limit = 6): Promise<AuditRow[]> {
  const rows = await db.moderationAction.findMany({ select: auditSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit });
  return withTargets(rows);
}

/** Every action name the log holds, for the filter's menu. */
export async function listAuditActionNames(): Promise<string[]> {
  const groups = await db.moderationAction.groupBy({ by: ["action"], orderBy: { action: "asc" } });
  return groups.map((group) => group.action);
}

import type { ModerationTarget } from "@/lib/generated/prisma/enums";
import { dateParam, hrefWith, oneOf, pageParam, param, type SearchParams } from "./search-params";

export const MODERATION_TARGETS = ["REVIEW", "COMMENT", "USER", "FILM", "SETTING", "REPORT", "APPEAL", "IMPORT"] as const satisfies readonly ModerationTarget[];
export type ModerationTargetName = (typeof MODERATION_TARGETS)[number];

/** The audit log's filters, as they appear in its address (/admin/audit?action=comment.hide…). */
export interface AuditFilters {
  action: string;
  /** An actor's handle, or "system" for actions nobody took by hand. */
  actor: string;
  target?: ModerationTargetName;
  /** A single target, when linked to from elsewhere. */
  targetId?: string;
  from?: Date;
  /** Inclusive: the whole of this day. */
  to?: Date;
  page: number;
}

export const isoDay = (date: Date | undefined) => date?.toISOString().slice(0, 10);

export function parseAuditFilters(params: SearchParams): AuditFilters {
  const action = param(params, "action", 60);
  const targetId = param(params, "targetId", 40);
  return {
    action: /^[a-z-]+(\.[a-z-]+)*$/.test(action) ? action : "",
    actor: param(params, "actor", 40).replace(/^@/, ""),
    target: oneOf(param(params, "target"), MODERATION_TARGETS),
    targetId: /^[a-z0-9_-]{1,40}$/i.test(targetId) ? targetId : undefined,
    from: dateParam(params, "from"),
    to: dateParam(params, "to"),
    page: pageParam(params),
  };
}

export function auditHref(filters: Partial<AuditFilters> = {}): string {
  return hrefWith("/admin/audit", {
    action: filters.action,
    actor: filters.actor,
    target: filters.target,
    targetId: filters.targetId,
    from: isoDay(filters.from),
    to: isoDay(filters.to),
    page: filters.page,
  });
}

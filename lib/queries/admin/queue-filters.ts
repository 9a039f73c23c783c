import type { ContentState, ReportReason } from "@/lib/generated/prisma/enums";
import { hrefWith, oneOf, pageParam, param, type SearchParams } from "./search-params";

// The moderation queue's filters, as they appear in its address (/admin/queue?reason=spam…),
// so a filtered view can be linked to from the dashboard and bookmarked.

export const QUEUE_TYPES = ["review", "comment"] as const;
export const QUEUE_REASONS = ["held", "reported", "spam", "abuse", "spoiler", "off-topic", "other"] as const;
export const QUEUE_STATES = ["pending", "published", "hidden", "deleted"] as const;
/** "attention": held or reported items (the queue proper); "all": every review and comment. */
export const QUEUE_SCOPES = ["attention", "all"] as const;

export type QueueType = (typeof QUEUE_TYPES)[number];
export type QueueReason = (typeof QUEUE_REASONS)[number];
export type QueueState = (typeof QUEUE_STATES)[number];
export type QueueScope = (typeof QUEUE_SCOPES)[number];

export const REPORT_REASON_OF: Record<Exclude<QueueReason, "held" | "reported">, ReportReason> = {
  spam: "SPAM",
  abuse: "ABUSE",
  spoiler: "SPOILER",
  "off-topic": "OFF_TOPIC",
  other: "OTHER",
};

export const CONTENT_STATE_OF: Record<QueueState, ContentState> = {
  pending: "PENDING",
  published: "PUBLISHED",
  hidden: "HIDDEN",
  deleted: "DELETED",
};

export interface QueueFilters {
  scope: QueueScope;
  type?: QueueType;
  reason?: QueueReason;
  state?: QueueState;
  /** Words in the text (or a review's title). */
  q: string;
  /** Part of the author's handle. */
  author: string;
  /** One item, when linked to from the audit log or an appeal. */
  id?: string;
  page: number;
}

export function parseQueueFilters(params: SearchParams): QueueFilters {
  const id = param(params, "id", 40);
  return {
    scope: oneOf(param(params, "scope"), QUEUE_SCOPES) ?? "attention",
    type: oneOf(param(params, "type"), QUEUE_TYPES),
    reason: oneOf(param(params, "reason"), QUEUE_REASONS),
    state: oneOf(param(params, "state"), QUEUE_STATES),
    q: param(params, "q", 100),
    author: param(params, "author", 40).replace(/^@/, ""),
    id: /^[a-z0-9]{8,40}$/i.test(id) ? id : undefined,
    page: pageParam(params),
  };
}

/** The queue's address with these filters (and any overrides), leaving defaults out. */
export function queueHref(filters: Partial<QueueFilters> = {}): string {
  return hrefWith("/admin/queue", {
    scope: filters.scope === "all" ? "all" : undefined,
    type: filters.type,
    reason: filters.reason,
    state: filters.state,
    q: filters.q,
    author: filters.author,
    id: filters.id,
    page: filters.page,
  });
}

/** Whether any filter narrows the view (so an empty result means "no match", not "all clear"). */
export function isFiltered(filters: QueueFilters): boolean {
  return Boolean(filters.scope === "all" || filters.type || filters.reason || filters.state || filters.q || filters.author || filters.id);
}

import type { Prisma } from "@/lib/generated/prisma/client";
import { CONTENT_STATE_OF, REPORT_REASON_OF, type QueueFilters } from "./queue-filters";

/** Conditions that read the same on reviews and comments (state, reports, author, id). */
type SharedWhere = Prisma.ReviewWhereInput & Prisma.CommentWhereInput;

const OPEN = "OPEN" as const;

/**
 * The items with open reports, one map per kind, each to its latest open report's time: few,
 * and read through the (status, createdAt) index of Report.
 */
export interface OpenlyReported {
  reviews: Map<string, Date>;
  comments: Map<string, Date>;
}

function sharedConditions(filters: QueueFilters, openlyReportedIds: string[]): SharedWhere[] {
  const conditions: SharedWhere[] = [];
  if (filters.scope === "attention") {
    // The queue proper: held by the hold rules, or reported and not yet dealt with. By id
    // rather than "OR EXISTS (an open report)": under OR, PostgreSQL checks that subquery on
    // every review or comment there is.
    conditions.push({ OR: [{ state: "PENDING" }, { id: { in: openlyReportedIds } }] });
  }
  if (filters.reason === "held") {
    conditions.push({ state: "PENDING" });
  } else if (filters.reason === "reported") {
    conditions.push({ reports: { some: filters.scope === "attention" ? { status: OPEN } : {} } });
  } else if (filters.reason) {
    const reason = REPORT_REASON_OF[filters.reason];
    conditions.push({ reports: { some: filters.scope === "attention" ? { status: OPEN, reason } : { reason } } });
  }
  if (filters.state) conditions.push({ state: CONTENT_STATE_OF[filters.state] });
  if (filters.author) conditions.push({ author: { handle: { contains: filters.author, mode: "insensitive" } } });
  if (filters.id) conditions.push({ id: filters.id });
  return conditions;
}

export function reviewQueueWhere(filters: QueueFilters, reported: OpenlyReported): Prisma.ReviewWhereInput {
  const text: Prisma.ReviewWhereInput[] = filters.q
    ? [{ OR: [{ title: { contains: filters.q, mode: "insensitive" } }, { body: { contains: filters.q, mode: "insensitive" } }] }]
    : [];
  return { AND: [...sharedConditions(filters, [...reported.reviews.keys()]), ...text] };
}

export function commentQueueWhere(filters: QueueFilters, reported: OpenlyReported): Prisma.CommentWhereInput {
  const text: Prisma.CommentWhereInput[] = filters.q ? [{ body: { contains: filters.q, mode: "insensitive" } }] : [];
  return { AND: [...sharedConditions(filters, [...reported.comments.keys()]), ...text] };
}

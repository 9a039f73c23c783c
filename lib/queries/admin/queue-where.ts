import type { Prisma } from "@/lib/generated/prisma/client";
import { CONTENT_STATE_OF, REPORT_REASON_OF, type QueueFilters } from "./queue-filters";

/** Conditions that read the same on reviews and comments (state, reports, author, id). */
type SharedWhere = Prisma.ReviewWhereInput & Prisma.CommentWhereInput;

const OPEN = "OPEN" as const;

function sharedConditions(filters: QueueFilters): SharedWhere[] {
  const conditions: SharedWhere[] = [];
  if (filters.scope === "attention") {
    // The queue proper: held by the hold rules, or reported and not yet dealt with.
    conditions.push({ OR: [{ state: "PENDING" }, { reports: { some: { status: OPEN } } }] });
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

export function reviewQueueWhere(filters: QueueFilters): Prisma.ReviewWhereInput {
  const text: Prisma.ReviewWhereInput[] = filters.q
    ? [{ OR: [{ title: { contains: filters.q, mode: "insensitive" } }, { body: { contains: filters.q, mode: "insensitive" } }] }]
    : [];
  return { AND: [...sharedConditions(filters), ...text] };
}

export function commentQueueWhere(filters: QueueFilters): Prisma.CommentWhereInput {
  const text: Prisma.CommentWhereInput[] = filters.q ? [{ body: { contains: filters.q, mode: "insensitive" } }] : [];
  return { AND: [...sharedConditions(filters), ...text] };
}

import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppealStatus } from "@/lib/generated/prisma/enums";
import { activeStaff, type StaffMember } from "@/lib/moderation/appeal-deciders";
import { ADMIN_PAGE_SIZE, paged, pageWindow, type Paged } from "./paging";

export const APPEAL_FILTERS = ["open", "accepted", "rejected", "all"] as const;
export type AppealFilter = (typeof APPEAL_FILTERS)[number];
const STATUS_OF: Record<Exclude<AppealFilter, "all">, AppealStatus> = { open: "OPEN", accepted: "ACCEPTED", rejected: "REJECTED" };

const appealSelect = {
  id: true,
  body: true,
  status: true,
  response: true,
  createdAt: true,
  decidedAt: true,
  user: { select: { id: true, handle: true, name: true } },
  decidedBy: { select: { handle: true } },
  action: {
    select: { id: true, action: true, reason: true, createdAt: true, targetType: true, targetId: true, undoneAt: true, actorId: true, actor: { select: { handle: true } } },
  },
  review: { select: { id: true, title: true, body: true, state: true, stateReason: true, film: { select: { title: true } } } },
  comment: { select: { id: true, body: true, state: true, stateReason: true, reviewId: true } },
} satisfies Prisma.AppealSelect;

export type AppealRow = Prisma.AppealGetPayload<{ select: typeof appealSelect }>;

/** Appeals with the decision they contest; open ones oldest first (first come, first served). */
export async function listAppeals(filter: AppealFilter, page: number, size = ADMIN_PAGE_SIZE): Promise<Paged<AppealRow>> {
  const where: Prisma.AppealWhereInput = filter === "all" ? {} : { status: STATUS_OF[filter] };
  const orderBy: Prisma.AppealOrderByWithRelationInput[] = filter === "open" ? [{ createdAt: "asc" }, { id: "asc" }] : [{ createdAt: "desc" }, { id: "desc" }];
  const [rows, total] = await Promise.all([
    db.appeal.findMany({ where, select: appealSelect, orderBy, ...pageWindow(page, size) }),
    db.appeal.count({ where }),
  ]);
  return paged(rows, total, page, size);
}

/** Who could decide appeals now, to tell a moderator which ones are for someone else. */
export function listActiveStaff(): Promise<StaffMember[]> {
  return activeStaff(db);
}

export function countOpenAppeals(): Promise<number> {
  return db.appeal.count({ where: { status: "OPEN" } });
}

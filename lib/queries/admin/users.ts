import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isBanned } from "@/lib/users/ban";
import { isRecordId } from "../route-params";
import { ADMIN_PAGE_SIZE, paged, pageWindow, type Paged } from "./paging";
import { oneOf, pageParam, param, type SearchParams } from "./search-params";

const userRowSelect = {
  id: true,
  handle: true,
  name: true,
  email: true,
  role: true,
  createdAt: true,
  bannedAt: true,
  bannedUntil: true,
  banReason: true,
  deletedAt: true,
  _count: { select: { reviews: true, comments: true, reports: true } },
} satisfies Prisma.UserSelect;

export type AdminUserRow = Prisma.UserGetPayload<{ select: typeof userRowSelect }> & { isBanned: boolean };

const withBanState = <T extends { bannedAt: Date | null; bannedUntil: Date | null }>(user: T) => ({ ...user, isBanned: isBanned(user) });

export const USER_ROLE_FILTERS = ["user", "moderator", "admin"] as const;
export const USER_JOINED_FILTERS = ["7d", "30d"] as const;

export interface UserFilters {
  /** Part of a handle, email or display name. */
  q: string;
  role?: (typeof USER_ROLE_FILTERS)[number];
  banned: boolean;
  joined?: (typeof USER_JOINED_FILTERS)[number];
  page: number;
}

/** The users list's filters, as they appear in its address (/admin/users?q=…&role=…). */
export function parseUserFilters(params: SearchParams): UserFilters {
  return {
    q: param(params, "q", 100),
    role: oneOf(param(params, "role"), USER_ROLE_FILTERS),
    banned: param(params, "status") === "banned",
    joined: oneOf(param(params, "joined"), USER_JOINED_FILTERS),
    page: pageParam(params),
  };
}

function usersWhere(filters: UserFilters): Prisma.UserWhereInput {
  const text = filters.q.replace(/^@/, "");
  const and: Prisma.UserWhereInput[] = [];
  if (text) {
    and.push({
      OR: [
        { handle: { contains: text, mode: "insensitive" } },
        { email: { contains: text, mode: "insensitive" } },
        { name: { contains: text, mode: "insensitive" } },
      ],
    });
  }
  if (filters.role) and.push({ role: filters.role.toUpperCase() as "USER" | "MODERATOR" | "ADMIN" });
  if (filters.banned) and.push({ bannedAt: { not: null }, OR: [{ bannedUntil: null }, { bannedUntil: { gt: new Date() } }] });
  if (filters.joined) and.push({ createdAt: { gte: new Date(Date.now() - Number.parseInt(filters.joined, 10) * 86_400_000) } });
  return { AND: and };
}

/** Users matching the filters; newest accounts first. */
export async function searchUsers(filters: UserFilters, size = ADMIN_PAGE_SIZE): Promise<Paged<AdminUserRow>> {
  const where = usersWhere(filters);
  const [rows, total] = await Promise.all([
    db.user.findMany({ where, select: userRowSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageWindow(filters.page, size) }),
    db.user.count({ where }),
  ]);
  return paged(rows.map(withBanState), total, filters.page, size);
}

/** Accounts created in the last `days` days, newest first. */
export async function listNewUsers(days = 7, limit = 6) {
  const since = new Date(Date.now() - days * 86_400_000);
  const where = { createdAt: { gte: since }, deletedAt: null };
  const [rows, total] = await Promise.all([
    db.user.findMany({ where, select: userRowSelect, orderBy: { createdAt: "desc" }, take: limit }),
    db.user.count({ where }),
  ]);
  return { rows: rows.map(withBanState), total };
}

const HISTORY = 20;
const filmTitle = { select: { title: true, slug: true } } as const;

/** One account as moderators see it: profile, ban, and what they wrote, reported and did. */
export async function getAdminUser(id: string) {
  if (!isRecordId(id)) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { ...userRowSelect, bio: true, bannedBy: { select: { handle: true } }, _count: { select: { reviews: true, comments: true, reports: true, actions: true } } },
  });
  if (!user) return null;
  const [reviews, comments, reports, actionsOn, actionsBy, banAction] = await Promise.all([
    db.review.findMany({
      where: { authorId: id },
      select: { id: true, title: true, body: true, rating: true, state: true, stateReason: true, createdAt: true, film: filmTitle },
      orderBy: { createdAt: "desc" },
      take: HISTORY,
    }),
    db.comment.findMany({
      where: { authorId: id },
      select: { id: true, body: true, state: true, stateReason: true, createdAt: true, reviewId: true, review: { select: { film: filmTitle } } },
      orderBy: { createdAt: "desc" },
      take: HISTORY,
    }),
    db.report.findMany({
      where: { reporterId: id },
      select: { id: true, reason: true, details: true, status: true, createdAt: true, reviewId: true, commentId: true },
      orderBy: { createdAt: "desc" },
      take: HISTORY,
    }),
    db.moderationAction.findMany({
      where: { targetType: "USER", targetId: id },
      select: { id: true, action: true, reason: true, createdAt: true, undoneAt: true, actor: { select: { handle: true } } },
      orderBy: { createdAt: "desc" },
      take: HISTORY,
    }),
    db.moderationAction.findMany({
      where: { actorId: id },
      select: { id: true, action: true, reason: true, createdAt: true, targetType: true, targetId: true },
      orderBy: { createdAt: "desc" },
      take: HISTORY,
    }),
    db.moderationAction.findFirst({ where: { targetType: "USER", targetId: id, action: "user.ban", undoneAt: null }, select: { id: true }, orderBy: { createdAt: "desc" } }),
  ]);
  return { user: withBanState(user), reviews, comments, reports, actionsOn, actionsBy, banActionId: banAction?.id ?? null };
}

export type AdminUserDetail = NonNullable<Awaited<ReturnType<typeof getAdminUser>>>;

import { cache } from "react";
import { sessionUserId } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { hasRole } from "@/lib/permissions";
import { banMessage, isBanned } from "@/lib/users/ban";

const currentUserSelect = {
  id: true,
  email: true,
  emailVerified: true,
  handle: true,
  name: true,
  role: true,
  bannedAt: true,
  bannedUntil: true,
  banReason: true,
  deletedAt: true,
  // The header's bell, read in the same statement: every signed-in page needs it.
  _count: { select: { notifications: { where: { readAt: null } } } },
} as const;

export interface CurrentUser {
  id: string;
  email: string | null;
  /** Whether the member has confirmed their current address. */
  emailVerified: boolean;
  handle: string;
  name: string | null;
  role: Role;
  bannedAt: Date | null;
  bannedUntil: Date | null;
  banReason: string | null;
  isBanned: boolean;
  unreadNotifications: number;
}

export type AccessDeniedReason = "signed-out" | "banned" | "forbidden";

/** Thrown by requireUser/requireRole; the action client turns it into a clean error result. */
export class AccessDeniedError extends Error {
  constructor(
    readonly reason: AccessDeniedReason,
    message: string,
  ) {
    super(message);
    this.name = "AccessDeniedError";
  }
}

/**
 * The signed-in user as the database says right now, not as the session cookie remembers:
 * a ban, a demotion or a deleted account takes effect on the very next request.
 * Cached for the duration of one request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const id = await sessionUserId();
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id }, select: currentUserSelect });
  if (!user || user.deletedAt) return null;
  const { deletedAt: _deletedAt, _count, emailVerified, ...fields } = user;
  return { ...fields, emailVerified: emailVerified !== null, isBanned: isBanned(user), unreadNotifications: _count.notifications };
});

/** The caller, who must be signed in and (unless `allowBanned`) not banned. */
export async function requireUser(options: { allowBanned?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AccessDeniedError("signed-out", "Sign in to do that.");
  if (user.isBanned && !options.allowBanned) throw new AccessDeniedError("banned", banMessage(user));
  return user;
}

/** The caller, who must hold at least `minimum` (and, as staff too, not be banned). */
export async function requireRole(minimum: Role): Promise<CurrentUser> {
  const user = await requireUser();
  if (!hasRole(user.role, minimum)) throw new AccessDeniedError("forbidden", "You don't have permission to do that.");
  return user;
}

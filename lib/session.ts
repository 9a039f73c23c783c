import { cache } from "react";
import { sessionClaim } from "@/lib/auth";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { hasRole } from "@/lib/permissions";
import { banMessage, isBanned } from "@/lib/users/ban";
import { signedInMember } from "@/lib/users/sessions";

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
  /** Which of the member's sign-ins this request came with (lib/users/sessions.ts). */
  sessionId: string;
}

type MemberRow = Omit<CurrentUser, "isBanned" | "sessionId">;

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
 * a ban, a demotion, a deleted account or an ended session (signed out, everywhere, or by a
 * password change) takes effect on the very next request. Cached for the duration of one request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claim = await sessionClaim();
  if (!claim) return null;
  const [user] = await db.$queryRaw<MemberRow[]>`
    WITH me AS (${signedInMember(claim)})
    SELECT me."id", me."email", me."emailVerified" IS NOT NULL AS "emailVerified", me."handle", me."name", me."role",
           me."bannedAt", me."bannedUntil", me."banReason",
           -- The header's bell, read in the same statement: every signed-in page needs it.
           (SELECT COUNT(*)::int FROM "Notification" n WHERE n."userId" = me."id" AND n."readAt" IS NULL) AS "unreadNotifications"
    FROM me`;
  if (!user) return null;
  return { ...user, isBanned: isBanned(user), sessionId: claim.sessionId };
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

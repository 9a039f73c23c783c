import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// Sessions are JWTs in a cookie (Auth.js's only choice for password sign-in), so a cookie stays
// valid until it expires unless the server remembers that it was ended. Each sign-in is a row of
// Auth.js's `Session` table (one per signed-in browser; its id travels in the JWT as `sid`), and
// every place that re-reads the signed-in member checks that the row is still there. Ending a
// session is deleting its row: the cookie stops working on the next request, on every instance.

/** How long one sign-in lasts at most, from signing in: the session cookie's lifetime too. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** A signed-in browser as its session cookie names it: the member, and which of their sign-ins. */
export interface SessionClaim {
  userId: string;
  sessionId: string;
}

/**
 * The claim in a decoded session token, or null for a token that names no recorded sign-in
 * (including every token issued before sign-ins were recorded).
 */
export function sessionClaimOf(token: { sub?: unknown; sid?: unknown } | null | undefined): SessionClaim | null {
  if (typeof token?.sub !== "string" || typeof token.sid !== "string") return null;
  return { userId: token.sub, sessionId: token.sid };
}

/** Records a sign-in and returns its id, for the session cookie. The member's expired sign-ins go. */
export async function startSession(userId: string, now = new Date()): Promise<string> {
  const sessionId = randomBytes(32).toString("base64url");
  await db.$transaction([
    db.session.deleteMany({ where: { userId, expires: { lte: now } } }),
    db.session.create({ data: { sessionToken: sessionId, userId, expires: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) } }),
  ]);
  return sessionId;
}

/** Ends one sign-in: signing out. */
export async function endSession(sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { sessionToken: sessionId } });
}

/**
 * Ends every sign-in of a member, except the one `except` names, and returns how many it ended:
 * "sign out everywhere", a password change (every other browser), a password reset (all).
 * Pass `tx` to end them in the same transaction as the change that calls for it, so a new
 * password and the end of the old sessions commit together:
 *
 *   await db.$transaction(async (tx) => {
 *     await tx.user.update({ where: { id }, data: { passwordHash } });
 *     await endSessions(id, { tx });
 *   });
 */
export async function endSessions(userId: string, options: { except?: string; tx?: Prisma.TransactionClient } = {}): Promise<number> {
  const { count } = await (options.tx ?? db).session.deleteMany({
    where: { userId, ...(options.except ? { NOT: { sessionToken: options.except } } : {}) },
  });
  return count;
}

/**
 * The member behind a session claim, as a query to select from: their `User` row while the
 * account exists and this sign-in hasn't been ended or expired, no row otherwise. The one check
 * that a session still holds; every re-read of the signed-in member goes through it
 * (lib/session.ts, the proxy's page audience, the viewer layer).
 */
export function signedInMember(claim: SessionClaim, now = new Date()): Prisma.Sql {
  return Prisma.sql`
    SELECT u.* FROM "User" u
    WHERE u."id" = ${claim.userId} AND u."deletedAt" IS NULL
      AND EXISTS (SELECT 1 FROM "Session" s
                  WHERE s."sessionToken" = ${claim.sessionId} AND s."userId" = u."id" AND s."expires" > ${now})`;
}

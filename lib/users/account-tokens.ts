import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccountTokenPurpose } from "@/lib/generated/prisma/enums";

/** How long each kind of link works. */
export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  PASSWORD_RESET: 60 * 60_000,
  VERIFY_EMAIL: 7 * 24 * 60 * 60_000,
  CHANGE_EMAIL: 24 * 60 * 60_000,
};

/** 32 random bytes, base64url: 43 characters. Anything else is garbled before we look it up. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Only this is stored: a database leak gives no working link. SHA-256 suffices for 256 random bits. */
export function hashAccountToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Makes a new single-use link for a member. Older unused links of the same purpose stop
 * working: only the newest reset (or verification) link in their inbox does anything.
 */
export async function issueAccountToken(
  tx: Prisma.TransactionClient,
  input: { userId: string; purpose: AccountTokenPurpose; email: string },
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS[input.purpose]);
  await tx.accountToken.deleteMany({ where: { userId: input.userId, purpose: input.purpose, usedAt: null } });
  await tx.accountToken.create({ data: { ...input, tokenHash: hashAccountToken(token), expiresAt, createdAt: now } });
  return { token, expiresAt };
}

export type TokenProblem = "invalid" | "expired" | "used";
export type TokenCheck = { ok: true; userId: string; email: string } | { ok: false; problem: TokenProblem };

/** What a link is worth, without using it up (the reset page shows its form only for a live link). */
export async function checkAccountToken(token: string, purpose: AccountTokenPurpose, now = new Date()): Promise<TokenCheck> {
  if (!TOKEN_SHAPE.test(token)) return { ok: false, problem: "invalid" };
  const row = await db.accountToken.findUnique({
    where: { tokenHash: hashAccountToken(token) },
    select: { userId: true, email: true, purpose: true, usedAt: true, expiresAt: true, user: { select: { deletedAt: true } } },
  });
  if (!row || row.purpose !== purpose || row.user.deletedAt) return { ok: false, problem: "invalid" };
  if (row.usedAt) return { ok: false, problem: "used" };
  if (row.expiresAt <= now) return { ok: false, problem: "expired" };
  return { ok: true, userId: row.userId, email: row.email };
}

/**
 * Uses a link up, atomically: of two simultaneous uses, one wins and the other is told it was
 * used. Call inside the transaction that does what the link is for.
 */
export async function consumeAccountToken(tx: Prisma.TransactionClient, token: string, purpose: AccountTokenPurpose, now = new Date()): Promise<TokenCheck> {
  if (!TOKEN_SHAPE.test(token)) return { ok: false, problem: "invalid" };
  const used = await tx.accountToken.updateManyAndReturn({
    where: { tokenHash: hashAccountToken(token), purpose, usedAt: null, expiresAt: { gt: now }, user: { deletedAt: null } },
    data: { usedAt: now },
    select: { userId: true, email: true },
  });
  if (used[0]) return { ok: true, ...used[0] };
  const check = await checkAccountToken(token, purpose, now);
  return check.ok ? { ok: false, problem: "used" } : check;
}

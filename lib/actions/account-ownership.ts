import { fail } from "@/lib/action-result";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/passwords";
import { consumeRateLimit, peekRateLimit, RATE_RULES, retryMessage } from "@/lib/rate-limit";

// Proof that the caller owns the account, for the settings that could lock them out or hand
// the account to someone else (password, address, deletion). Not a "use server" module: these
// are helpers for actions, never callable from the browser themselves.

/**
 * Checks the caller's current password, counting failures against the same per-account limit
 * as sign-in, so these forms can't be used to guess a password either.
 */
export async function checkCurrentPassword(userId: string, password: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, passwordHash: true } });
  const subject = user.email ?? userId;
  const limit = await peekRateLimit(RATE_RULES.signInPerAccount, subject);
  if (!limit.allowed) return fail(retryMessage("password attempts", limit.retryAfterSeconds));
  if (!(await verifyPassword(user.passwordHash, password))) {
    await consumeRateLimit(RATE_RULES.signInPerAccount, subject);
    const message = "That isn't your current password.";
    return fail(message, { currentPassword: [message], password: [message] });
  }
  return null;
}

/** The password when the account has one; otherwise (GitHub or Google only) its handle, typed out. */
export async function checkAccountOwnership(caller: { id: string; handle: string }, input: { password?: string; handle?: string }) {
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: caller.id }, select: { passwordHash: true } });
  if (passwordHash) {
    if (input.password === undefined) return fail("Enter your password.", { password: ["Enter your password."] });
    return checkCurrentPassword(caller.id, input.password);
  }
  if (input.handle !== caller.handle) return fail("That isn't your handle.", { handle: ["That isn't your handle."] });
  return null;
}

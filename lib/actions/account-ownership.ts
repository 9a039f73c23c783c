import { fail } from "@/lib/action-result";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/passwords";
import { consumeRateLimit, RATE_RULES, resetRateLimit, retryMessage } from "@/lib/rate-limit";

// Proof that the caller owns the account, for the settings that could lock them out or hand
// the account to someone else (password, address, deletion). Not a "use server" module: these
// are helpers for actions, never callable from the browser themselves.

/**
 * Checks the caller's current password, with a limit of its own per member (so a stolen session
 * can't be used to guess the password either, while strangers' wrong sign-ins can't lock the
 * owner out of these forms). The attempt is counted before the check, as sign-in does, so
 * attempts sent at once can't outrun the limit; a right password clears the count.
 */
export async function checkCurrentPassword(userId: string, password: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  const limit = await consumeRateLimit(RATE_RULES.passwordCheckPerUser, userId);
  if (!limit.allowed) return fail(retryMessage("password attempts", limit.retryAfterSeconds));
  if (!(await verifyPassword(user.passwordHash, password))) {
    const message = "That isn't your current password.";
    return fail(message, { currentPassword: [message], password: [message] });
  }
  await resetRateLimit(RATE_RULES.passwordCheckPerUser, userId);
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

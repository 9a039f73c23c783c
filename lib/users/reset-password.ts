import { db } from "@/lib/db";
import { enqueueMail } from "@/lib/mail/outbox";
import { passwordChangedMail, passwordResetMail } from "@/lib/mail/account-mail";
import { hashPassword } from "@/lib/passwords";
import { RATE_RULES, resetRateLimit } from "@/lib/rate-limit";
import { consumeAccountToken, issueAccountToken, type TokenProblem } from "@/lib/users/account-tokens";
import { endSessions } from "@/lib/users/sessions";

/**
 * "Forgot password?": mails a single-use link if the address belongs to an account, and does
 * nothing otherwise; the caller answers the same either way. The link and its message are
 * written in one transaction: both exist, or neither.
 */
export async function requestPasswordReset(email: string): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, handle: true, deletedAt: true } });
  if (!user?.email || user.deletedAt) return;
  const recipient = { userId: user.id, to: user.email, name: user.name ?? user.handle };
  await db.$transaction(async (tx) => {
    const { token, expiresAt } = await issueAccountToken(tx, { userId: user.id, purpose: "PASSWORD_RESET", email: user.email! });
    await enqueueMail(tx, passwordResetMail(recipient, token, expiresAt));
  });
}

export type ResetOutcome = { ok: true; email: string } | { ok: false; problem: TokenProblem };

/**
 * Sets a new password from a reset link, the one place a reset writes a password. In one
 * transaction: the link is used up (a second use fails), the password is replaced, every session
 * of the account ends (whoever knew the old password may be signed in somewhere; the person
 * resetting isn't signed in), the address counts as verified (the member just proved they read
 * its mail), and a notice is queued.
 */
export async function resetPassword(token: string, newPassword: string): Promise<ResetOutcome> {
  const passwordHash = await hashPassword(newPassword);
  const outcome = await db.$transaction(async (tx): Promise<ResetOutcome> => {
    const link = await consumeAccountToken(tx, token, "PASSWORD_RESET");
    if (!link.ok) return link;
    const user = await tx.user.findUniqueOrThrow({ where: { id: link.userId }, select: { email: true, emailVerified: true, name: true, handle: true } });
    const provesAddress = user.email === link.email && !user.emailVerified;
    await tx.user.update({ where: { id: link.userId }, data: { passwordHash, ...(provesAddress ? { emailVerified: new Date() } : {}) } });
    await endSessions(link.userId, { tx });
    await tx.accountToken.updateMany({ where: { userId: link.userId, purpose: "PASSWORD_RESET", usedAt: null }, data: { usedAt: new Date() } });
    if (user.email) await enqueueMail(tx, passwordChangedMail({ userId: link.userId, to: user.email, name: user.name ?? user.handle }));
    return { ok: true, email: user.email ?? link.email };
  });
  // A member locked out by failed guesses can sign in with the new password at once.
  if (outcome.ok) await resetRateLimit(RATE_RULES.signInPerAccount, outcome.email);
  return outcome;
}

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { confirmEmailChangeMail, emailChangedNoticeMail, verifyEmailMail } from "@/lib/mail/account-mail";
import { enqueueMail } from "@/lib/mail/outbox";
import { checkAccountToken, consumeAccountToken, issueAccountToken, type TokenProblem } from "@/lib/users/account-tokens";

/** Mails a member a link proving their current address is theirs (after sign-up, or "send it again"). */
export async function sendVerificationEmail(userId: string): Promise<"sent" | "already-verified"> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerified: true, name: true, handle: true } });
  if (!user.email || user.emailVerified) return "already-verified";
  await db.$transaction(async (tx) => {
    const { token, expiresAt } = await issueAccountToken(tx, { userId, purpose: "VERIFY_EMAIL", email: user.email! });
    await enqueueMail(tx, verifyEmailMail({ userId, to: user.email!, name: user.name ?? user.handle }, token, expiresAt));
  });
  return "sent";
}

/** Mails the new address a link; the account keeps its old address until the link is used. */
export async function requestEmailChange(userId: string, newEmail: string): Promise<"sent" | "taken" | "same"> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true, handle: true } });
  if (user.email === newEmail) return "same";
  if (await db.user.findUnique({ where: { email: newEmail }, select: { id: true } })) return "taken";
  await db.$transaction(async (tx) => {
    const { token, expiresAt } = await issueAccountToken(tx, { userId, purpose: "CHANGE_EMAIL", email: newEmail });
    await enqueueMail(tx, confirmEmailChangeMail({ userId, to: newEmail, name: user.name ?? user.handle }, token, expiresAt));
  });
  return "sent";
}

export type ConfirmOutcome =
  | { ok: true; kind: "verified" | "changed"; email: string }
  | { ok: false; problem: TokenProblem | "taken" };

/**
 * Uses a link from a verification or address-change message. A verification link counts only
 * while the account still has the address it was sent to; a change link moves the account to
 * the new address, verified, and tells the old address.
 */
export async function confirmEmailLink(token: string): Promise<ConfirmOutcome> {
  const purpose = (await checkAccountToken(token, "CHANGE_EMAIL")).ok ? "CHANGE_EMAIL" : "VERIFY_EMAIL";
  try {
    return await db.$transaction(async (tx): Promise<ConfirmOutcome> => {
      const link = await consumeAccountToken(tx, token, purpose);
      if (!link.ok) return link;
      const user = await tx.user.findUniqueOrThrow({ where: { id: link.userId }, select: { email: true, name: true, handle: true } });
      const now = new Date();
      if (purpose === "VERIFY_EMAIL") {
        if (user.email !== link.email) return { ok: false, problem: "invalid" };
        await tx.user.update({ where: { id: link.userId }, data: { emailVerified: now } });
        return { ok: true, kind: "verified", email: link.email };
      }
      await tx.user.update({ where: { id: link.userId }, data: { email: link.email, emailVerified: now } });
      // Links sent to the old address (a reset, a verification) no longer match the account.
      await tx.accountToken.updateMany({ where: { userId: link.userId, usedAt: null, purpose: { in: ["PASSWORD_RESET", "VERIFY_EMAIL"] } }, data: { usedAt: now } });
      if (user.email) await enqueueMail(tx, emailChangedNoticeMail({ userId: link.userId, to: user.email, name: user.name ?? user.handle }, link.email));
      return { ok: true, kind: "changed", email: link.email };
    });
  } catch (error) {
    // Someone else took the address between the request and the click.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { ok: false, problem: "taken" };
    throw error;
  }
}

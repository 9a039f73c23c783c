import "server-only";
import { db } from "@/lib/db";
import type { MailFrequency } from "@/lib/generated/prisma/enums";

export interface EmailSettings {
  email: string | null;
  verified: boolean;
  /** An address change waiting for its confirmation link to be used. */
  pendingEmail: string | null;
  preferences: { mailReplies: MailFrequency; mailReviewComments: MailFrequency; mailModeration: MailFrequency };
}

/** /settings → Email, in one statement. */
export async function getEmailSettings(userId: string): Promise<EmailSettings> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      emailVerified: true,
      mailReplies: true,
      mailReviewComments: true,
      mailModeration: true,
      accountTokens: {
        where: { purpose: "CHANGE_EMAIL", usedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { email: true },
      },
    },
  });
  const { email, emailVerified, accountTokens, ...preferences } = user;
  return { email, verified: emailVerified !== null, pendingEmail: accountTokens[0]?.email ?? null, preferences };
}

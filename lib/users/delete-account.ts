import { db } from "@/lib/db";
import { endSessions } from "@/lib/users/sessions";

export const DELETED_USER_LABEL = "[deleted user]";

/**
 * Deletes an account by anonymising it. Our choice (README, "Deleting an account"): the
 * person's reviews and comments stay, credited to "[deleted user]", so replies and
 * discussions other people wrote keep their context and nothing of theirs is lost. Everything
 * that identifies the person goes: email, name, handle, bio, password, OAuth links, sessions,
 * notifications, reset and confirmation links, and mail to them (sent or still waiting).
 */
export async function deleteAccount(userId: string): Promise<void> {
  const placeholder = `deleted-${userId.slice(-10).toLowerCase()}`;
  await db.$transaction(async (tx) => {
    await tx.account.deleteMany({ where: { userId } });
    await endSessions(userId, { tx });
    await tx.notification.deleteMany({ where: { userId } });
    await tx.accountToken.deleteMany({ where: { userId } });
    await tx.mailMessage.deleteMany({ where: { userId } });
    await tx.user.update({
      where: { id: userId },
      data: {
        email: null,
        emailVerified: null,
        name: null,
        image: null,
        bio: null,
        passwordHash: null,
        handle: placeholder,
        handleSkeleton: placeholder,
        deletedAt: new Date(),
      },
    });
  });
}

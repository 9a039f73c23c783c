import { db } from "@/lib/db";
import type { NotificationType } from "@/lib/generated/prisma/enums";
import { readUnsubscribeToken } from "@/lib/mail/unsubscribe-token";
import { PREFERENCE_COLUMN } from "@/lib/notifications/mail/preferences";

/**
 * Turns off the mail a signed unsubscribe link names, for the member it names. No session is
 * needed or consulted: the HMAC is the proof. Null for a forged or garbled link.
 */
export async function applyUnsubscribe(token: string): Promise<NotificationType[] | null> {
  const request = readUnsubscribeToken(token);
  if (!request) return null;
  const data = Object.fromEntries(request.kinds.map((kind) => [PREFERENCE_COLUMN[kind], "OFF" as const]));
  await db.user.updateMany({ where: { id: request.userId, deletedAt: null }, data });
  return request.kinds;
}

import { db } from "@/lib/db";
import { enqueueMail } from "@/lib/mail/outbox";
import { decideMail } from "@/lib/notifications/mail/mail-decision";
import { notificationMail } from "@/lib/notifications/mail/notification-mail";
import { lockPendingNotifications, type PendingNotification } from "@/lib/notifications/mail/pending-notifications";

const BATCH = 200;

export interface MailQueued {
  messages: number;
  skipped: number;
  waiting: number;
}

/**
 * Turns pending notifications into outbox messages: "right away" ones every few seconds
 * (batched per thread), or the daily digest's. One transaction per pass: the notifications
 * are locked, the messages written and the notifications marked together, so a crash leaves
 * them pending for the next pass and two instances never mail the same notification.
 *
 * Mail comes only from Notification rows the app itself writes when content becomes visible
 * or a moderator decides. Content brought in by an importer makes no notifications, so it
 * mails nobody.
 */
export async function queueNotificationMail(cadence: "immediate" | "daily", now = new Date()): Promise<MailQueued> {
  return db.$transaction(async (tx) => {
    const pending = await lockPendingNotifications(tx, cadence, BATCH);
    const groups = new Map<string, PendingNotification[]>();
    const skipped: string[] = [];
    let waiting = 0;
    for (const notification of pending) {
      const decision = decideMail(notification, now, cadence);
      if (decision.action === "skip") skipped.push(notification.id);
      else if (decision.action === "wait") waiting++;
      else groups.set(decision.group, [...(groups.get(decision.group) ?? []), notification]);
    }
    for (const items of groups.values()) {
      await enqueueMail(tx, notificationMail(items, { digest: cadence === "daily" }));
    }
    const mailed = [...groups.values()].flat().map((n) => n.id);
    if (mailed.length) await tx.notification.updateMany({ where: { id: { in: mailed } }, data: { mailState: "MAILED", mailedAt: now } });
    if (skipped.length) await tx.notification.updateMany({ where: { id: { in: skipped } }, data: { mailState: "SKIPPED", mailedAt: now } });
    return { messages: groups.size, skipped: skipped.length, waiting };
  });
}

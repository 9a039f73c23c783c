// What mail tests share: a real SMTP server for the file, and ways to move the outbox along and
// read links out of what arrived.
import { afterAll, beforeAll, expect } from "vitest";
import { sendDueMail } from "@/lib/mail/send-due-mail";
import { queueNotificationMail } from "@/lib/notifications/mail/queue-notification-mail";
import { startSmtpCapture, type CapturedMail, type SmtpCapture } from "./smtp-capture";

export const SITE = "https://marquee.test";

/** Starts an SMTP server for the test file and points the app's mail settings at it. */
export function smtpServerForThisFile(): { current: SmtpCapture } {
  const holder = {} as { current: SmtpCapture };
  beforeAll(async () => {
    holder.current = await startSmtpCapture();
    process.env.SMTP_URL = holder.current.url;
    process.env.MAIL_FROM = "Marquee <mail@marquee.test>";
    process.env.AUTH_URL = SITE;
    process.env.AUTH_SECRET ??= "test-secret-for-mail-links-0123456789";
  });
  afterAll(() => holder.current.close());
  return holder;
}

/** Sends everything due in the outbox, as the background worker would at `now`. */
export async function sendOutbox(now = new Date()) {
  return sendDueMail(100, new Date(Math.max(now.getTime(), Date.now())));
}

/** The "right away" notification pass, then the outbox: what a few seconds of worker time do. */
export async function runNotificationWorker(now = new Date()) {
  const queued = await queueNotificationMail("immediate", now);
  // The messages were just written, a moment after `now`.
  await sendDueMail(100, new Date(Math.max(now.getTime(), Date.now())));
  return queued;
}

/** The message's header block with folded lines joined, for matching whole headers. */
export function headerBlock(mail: CapturedMail): string {
  return mail.raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " ");
}

/** The first absolute link to `path` in a message's text part, e.g. "/reset-password". */
export function linkIn(mail: CapturedMail, path: string): URL {
  const match = (mail.parsed.text ?? "").match(new RegExp(`${SITE.replace(/\./g, "\\.")}${path}\\S*`));
  expect(match, `no ${path} link in:\n${mail.parsed.text}`).not.toBeNull();
  return new URL(match![0]);
}

/** Collects what `after()` was given, so a test can run it when the response would have gone. */
export const deferred: Promise<unknown>[] = [];
export async function flushDeferred(): Promise<void> {
  while (deferred.length) await deferred.shift();
}
export async function fakeNextServerModule(importOriginal: () => Promise<unknown>) {
  const original = (await importOriginal()) as Record<string, unknown>;
  return { ...original, after: (task: () => unknown) => void deferred.push(Promise.resolve().then(task)) };
}

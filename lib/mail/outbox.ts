import { db } from "@/lib/db";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { headerText } from "@/lib/mail/header-text";

/** A message to send, before it is in the outbox. */
export interface OutgoingMail {
  /** What it is, for the admin page and tests: "password-reset", "notification"… */
  kind: string;
  userId?: string | null;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The RFC 8058 one-click unsubscribe URL, for List-Unsubscribe. */
  unsubscribeUrl?: string;
  /** A message carrying a link that expires is not worth sending afterwards. */
  expiresAt?: Date | null;
}

/** A message as the worker reads it back from the outbox. */
export interface QueuedMail {
  id: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl: string | null;
  attempts: number;
  expiresAt: Date | null;
}

type Client = Prisma.TransactionClient | PrismaClient;

/**
 * Puts a message in the outbox. Pass the transaction that records the event causing it (a
 * reset requested, a notification handled), so the two commit or vanish together: nothing is
 * sent for an event that didn't happen, and nothing is lost if SMTP is down.
 */
export async function enqueueMail(client: Client, mail: OutgoingMail): Promise<string> {
  const now = new Date();
  const created = await client.mailMessage.create({
    data: {
      kind: mail.kind,
      userId: mail.userId ?? null,
      to: mail.to,
      subject: headerText(mail.subject),
      text: mail.text,
      html: mail.html,
      headers: mail.unsubscribeUrl ? { unsubscribeUrl: mail.unsubscribeUrl } : undefined,
      expiresAt: mail.expiresAt ?? null,
      nextAttemptAt: now,
      createdAt: now,
    },
    select: { id: true },
  });
  return created.id;
}

/** A worker holds a claimed message this long; SMTP timeouts (lib/mail/transport.ts) are far shorter. */
export const CLAIM_LEASE_MS = 5 * 60_000;
/** Attempts before a message is given up on and shown to admins as failed. */
export const MAX_ATTEMPTS = 10;

/** 30 s, 1 min, 2 min… doubling up to an hour between attempts: about 5 hours in all. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

type ClaimedRow = Omit<QueuedMail, "unsubscribeUrl"> & { headers: { unsubscribeUrl?: string } | null };

/**
 * Claims up to `limit` due messages for this worker, in one statement. FOR UPDATE SKIP LOCKED
 * lets workers in several instances claim side by side without waiting on or taking each
 * other's rows, and the lease keeps a claimed message from every other worker until it is
 * sent, rescheduled, or the lease runs out (the worker died).
 */
export async function claimDueMail(limit: number, now = new Date()): Promise<QueuedMail[]> {
  const leaseEnds = new Date(now.getTime() + CLAIM_LEASE_MS);
  const rows = await db.$queryRaw<ClaimedRow[]>`
    UPDATE "MailMessage" m SET "lockedUntil" = ${leaseEnds}, "attempts" = m."attempts" + 1
    WHERE m."id" IN (
      SELECT "id" FROM "MailMessage"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now} AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
      ORDER BY "nextAttemptAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING m."id", m."kind", m."to", m."subject", m."text", m."html", m."headers", m."attempts", m."expiresAt"`;
  return rows.map(({ headers, ...row }) => ({ ...row, unsubscribeUrl: headers?.unsubscribeUrl ?? null }));
}

/**
 * Sent: the body goes (it may hold a single-use link, and the admin page needs only who, what
 * and when). Only a message still pending changes, so a late outcome never undoes another.
 */
export async function recordSent(id: string, now = new Date()): Promise<void> {
  await db.mailMessage.updateMany({
    where: { id, status: "PENDING" },
    data: { status: "SENT", sentAt: now, lockedUntil: null, lastError: null, text: "", html: "" },
  });
}

export async function recordExpired(id: string): Promise<void> {
  await db.mailMessage.updateMany({ where: { id, status: "PENDING" }, data: { status: "EXPIRED", lockedUntil: null, text: "", html: "" } });
}

/** Not sent this time: try again after the backoff, or give up for good. */
export async function recordFailure(message: QueuedMail, error: string, options: { permanent: boolean }, now = new Date()): Promise<"retry" | "failed"> {
  const giveUp = options.permanent || message.attempts >= MAX_ATTEMPTS;
  await db.mailMessage.updateMany({
    where: { id: message.id, status: "PENDING" },
    data: giveUp
      ? { status: "FAILED", lockedUntil: null, lastError: error.slice(0, 2000) }
      : { nextAttemptAt: new Date(now.getTime() + retryDelayMs(message.attempts)), lockedUntil: null, lastError: error.slice(0, 2000) },
  });
  return giveUp ? "failed" : "retry";
}

/** An admin's "try again" for a failed message: a fresh set of attempts, starting now. */
export async function retryFailedMail(id: string): Promise<boolean> {
  const { count } = await db.mailMessage.updateMany({
    where: { id, status: "FAILED" },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), lockedUntil: null },
  });
  return count === 1;
}

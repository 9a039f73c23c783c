import "server-only";
import { db } from "@/lib/db";
import type { MailStatus } from "@/lib/generated/prisma/enums";
import { paged, pageWindow, type Paged } from "./paging";

export const MAIL_FILTERS = ["failed", "pending", "sent", "all"] as const;
export type MailFilter = (typeof MAIL_FILTERS)[number];

const STATUS: Record<MailFilter, MailStatus[] | null> = { failed: ["FAILED"], pending: ["PENDING"], sent: ["SENT", "EXPIRED"], all: null };

export interface MailRow {
  id: string;
  kind: string;
  to: string;
  subject: string;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date;
  sentAt: Date | null;
  createdAt: Date;
}

/** The outbox, newest first, for /admin/mail. */
export async function listMail(filter: MailFilter, page: number): Promise<Paged<MailRow>> {
  const statuses = STATUS[filter];
  const where = statuses ? { status: { in: statuses } } : {};
  const [rows, total] = await Promise.all([
    db.mailMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageWindow(page),
      select: { id: true, kind: true, to: true, subject: true, status: true, attempts: true, lastError: true, nextAttemptAt: true, sentAt: true, createdAt: true },
    }),
    db.mailMessage.count({ where }),
  ]);
  return paged(rows, total, page);
}

/** How many messages wait and how many failed: the admin banner and the nav's count. */
export async function countMailTrouble(): Promise<{ pending: number; failed: number }> {
  const rows = await db.mailMessage.groupBy({ by: ["status"], where: { status: { in: ["PENDING", "FAILED"] } }, _count: { _all: true } });
  const count = (status: MailStatus) => rows.find((row) => row.status === status)?._count._all ?? 0;
  return { pending: count("PENDING"), failed: count("FAILED") };
}

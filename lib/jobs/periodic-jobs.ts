import { pruneOldRows } from "@/lib/jobs/prune-old-rows";
import { queueNotificationMail } from "@/lib/notifications/mail/queue-notification-mail";

export interface PeriodicJob {
  name: string;
  /** When the run after one starting at `now` is due. */
  next: (now: Date) => Date;
  run: (now: Date) => Promise<unknown>;
  /** First run at the first `next(now)`, not as soon as the site starts (time-of-day jobs). */
  waitForFirstPeriod?: boolean;
}

/** The hour (UTC) the daily digest goes out: MAIL_DIGEST_HOUR_UTC, 8 by default. */
function digestHour(): number {
  const hour = Number(process.env.MAIL_DIGEST_HOUR_UTC ?? 8);
  return Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : 8;
}

export function nextDigestTime(now: Date): Date {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), digestHour()));
  if (next <= now) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

const after = (ms: number) => (now: Date) => new Date(now.getTime() + ms);

/**
 * Everything the app does on a schedule, each run once per period across all instances
 * (lib/jobs/schedule.ts). To add one, add an entry: a unique name, when it next runs, and
 * what it does (idempotent: a run that dies half way is simply done again next period).
 */
export const PERIODIC_JOBS: PeriodicJob[] = [
  { name: "notification-mail", next: after(10_000), run: (now) => queueNotificationMail("immediate", now) },
  { name: "daily-digest", next: nextDigestTime, run: (now) => queueNotificationMail("daily", now), waitForFirstPeriod: true },
  { name: "prune-old-rows", next: after(60 * 60_000), run: (now) => pruneOldRows(now) },
];

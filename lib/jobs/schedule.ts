import { db } from "@/lib/db";

/**
 * Claims this period's run of a periodic job, for this instance alone: one statement that
 * creates the job's row the first time, or moves its nextRunAt forward only if it is due.
 * Under concurrency PostgreSQL serialises the two upserts on the row, and the second sees the
 * moved nextRunAt and claims nothing; so each period runs once across all instances.
 */
export async function claimScheduledRun(name: string, now: Date, nextRunAt: Date): Promise<boolean> {
  const claimed = await db.$queryRaw<{ name: string }[]>`
    INSERT INTO "ScheduledJob" ("name", "nextRunAt", "lastStartedAt") VALUES (${name}, ${nextRunAt}, ${now})
    ON CONFLICT ("name") DO UPDATE SET "nextRunAt" = EXCLUDED."nextRunAt", "lastStartedAt" = EXCLUDED."lastStartedAt"
    WHERE "ScheduledJob"."nextRunAt" <= ${now}
    RETURNING "name"`;
  return claimed.length === 1;
}

export async function recordScheduledRunEnd(name: string, error: string | null): Promise<void> {
  await db.scheduledJob.update({ where: { name }, data: { lastFinishedAt: new Date(), lastError: error?.slice(0, 2000) ?? null } });
}

import { db } from "@/lib/db";

/**
 * Claims this period's run of a periodic job, for this instance alone: one statement that
 * creates the job's row the first time, or moves its nextRunAt forward only if it is due.
 * Under concurrency PostgreSQL serialises the two upserts on the row, and the second sees the
 * moved nextRunAt and claims nothing; so each period runs once across all instances.
 *
 * The very first claim (no row yet) runs at once, unless `waitForFirstPeriod`: a job due at a
 * time of day (the digest) then first runs at that time, not whenever the site first starts.
 */
export async function claimScheduledRun(name: string, now: Date, nextRunAt: Date, options: { waitForFirstPeriod?: boolean } = {}): Promise<boolean> {
  const claimed = await db.$queryRaw<{ inserted: boolean }[]>`
    INSERT INTO "ScheduledJob" ("name", "nextRunAt", "lastStartedAt") VALUES (${name}, ${nextRunAt}, ${now})
    ON CONFLICT ("name") DO UPDATE SET "nextRunAt" = EXCLUDED."nextRunAt", "lastStartedAt" = EXCLUDED."lastStartedAt"
    WHERE "ScheduledJob"."nextRunAt" <= ${now}
    RETURNING (xmax = 0) AS "inserted"`;
  const [row] = claimed;
  return row !== undefined && !(row.inserted && options.waitForFirstPeriod);
}

export async function recordScheduledRunEnd(name: string, error: string | null): Promise<void> {
  await db.scheduledJob.update({ where: { name }, data: { lastFinishedAt: new Date(), lastError: error?.slice(0, 2000) ?? null } });
}

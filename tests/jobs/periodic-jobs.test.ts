// Periodic jobs run once per period across instances, and the pruning job removes only what
// nothing can read again.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { nextDigestTime } from "@/lib/jobs/periodic-jobs";
import { PAGE_CACHE_EXPIRY_RETENTION_MS, pruneOldRows } from "@/lib/jobs/prune-old-rows";
import { claimScheduledRun } from "@/lib/jobs/schedule";
import { createTestUser } from "../helpers/fixtures";

describe("scheduled runs", () => {
  it("of many instances claiming the same period at once, exactly one wins", async () => {
    const now = new Date();
    const next = new Date(now.getTime() + 60_000);
    const claims = await Promise.all(Array.from({ length: 8 }, () => claimScheduledRun("test-job", now, next)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    // Not due again until the next period…
    expect(await claimScheduledRun("test-job", new Date(now.getTime() + 30_000), next)).toBe(false);
    // …and then once more, to one instance.
    const later = new Date(now.getTime() + 61_000);
    const again = await Promise.all(Array.from({ length: 4 }, () => claimScheduledRun("test-job", later, new Date(later.getTime() + 60_000))));
    expect(again.filter(Boolean)).toHaveLength(1);
  });

  it("a time-of-day job waits for its first period instead of running when the site first starts", async () => {
    const now = new Date("2026-12-06T07:00:00Z");
    const first = new Date("2026-12-06T08:00:00Z");
    expect(await claimScheduledRun("test-daily", now, first, { waitForFirstPeriod: true })).toBe(false);
    expect(await claimScheduledRun("test-daily", new Date("2026-12-06T07:59:00Z"), first, { waitForFirstPeriod: true })).toBe(false);
    expect(await claimScheduledRun("test-daily", first, new Date("2026-12-07T08:00:00Z"), { waitForFirstPeriod: true })).toBe(true);
  });

  it("the daily digest goes out at the configured hour (UTC), the next one a day later", () => {
    expect(nextDigestTime(new Date("2026-12-06T07:59:00Z")).toISOString()).toBe("2026-12-06T08:00:00.000Z");
    expect(nextDigestTime(new Date("2026-12-06T08:00:00Z")).toISOString()).toBe("2026-12-07T08:00:00.000Z");
    expect(nextDigestTime(new Date("2026-12-31T23:00:00Z")).toISOString()).toBe("2027-01-01T08:00:00.000Z");
  });
});

describe("pruning old rows", () => {
  it("drops ended rate-limit windows, page-cache expiries older than any cached page and expired sign-ins, keeping the rest", async () => {
    const now = new Date();
    const hour = 60 * 60_000;
    await db.rateLimit.createMany({
      data: [
        { key: "prune-test:ended", hits: 3, windowEndsAt: new Date(now.getTime() - 1000) },
        { key: "prune-test:running", hits: 3, windowEndsAt: new Date(now.getTime() + hour) },
      ],
    });
    await db.pageCacheExpiry.createMany({
      data: [
        { tag: "prune-test:old", expiredAt: new Date(now.getTime() - PAGE_CACHE_EXPIRY_RETENTION_MS - hour) },
        { tag: "prune-test:recent", expiredAt: new Date(now.getTime() - hour) },
      ],
    });
    const member = await createTestUser();
    await db.session.createMany({
      data: [
        { sessionToken: "prune-test:expired", userId: member.id, expires: new Date(now.getTime() - 1000) },
        { sessionToken: "prune-test:current", userId: member.id, expires: new Date(now.getTime() + hour) },
      ],
    });
    const pruned = await pruneOldRows(now);
    expect(pruned.rateLimits).toBeGreaterThanOrEqual(1);
    expect(pruned.pageCacheExpiries).toBeGreaterThanOrEqual(1);
    expect((await db.rateLimit.findMany({ where: { key: { startsWith: "prune-test:" } } })).map((r) => r.key)).toEqual(["prune-test:running"]);
    expect((await db.pageCacheExpiry.findMany({ where: { tag: { startsWith: "prune-test:" } } })).map((r) => r.tag)).toEqual(["prune-test:recent"]);
    expect(pruned.sessions).toBe(1);
    expect((await db.session.findMany({ where: { userId: member.id } })).map((s) => s.sessionToken)).toEqual(["prune-test:current"]);
  });
});

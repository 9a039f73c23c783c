import { db } from "@/lib/db";

/**
 * Fixed-window counters stored in PostgreSQL, so every app instance sees the same counts.
 * One row per (rule, subject); an expired window restarts on the next hit.
 */
export interface RateRule {
  name: string;
  limit: number;
  windowSeconds: number;
}

export interface RateLimitState {
  allowed: boolean;
  hits: number;
  /** Seconds until the window ends; 0 when allowed. */
  retryAfterSeconds: number;
}

export const RATE_RULES = {
  /** Every sign-in attempt from one address: slows credential stuffing across accounts. */
  signInPerIp: { name: "sign-in:ip", limit: 30, windowSeconds: 15 * 60 },
  /** Failed sign-ins for one account: a short lock that ends on its own. */
  signInPerAccount: { name: "sign-in:account", limit: 8, windowSeconds: 15 * 60 },
  signUpPerIp: { name: "sign-up:ip", limit: 5, windowSeconds: 60 * 60 },
} satisfies Record<string, RateRule>;

function keyFor(rule: RateRule, subject: string): string {
  return `${rule.name}:${subject}`;
}

function toState(rule: RateRule, hits: number, windowEndsAt: Date): RateLimitState {
  const allowed = hits <= rule.limit;
  const retryAfterSeconds = allowed ? 0 : Math.max(1, Math.ceil((windowEndsAt.getTime() - Date.now()) / 1000));
  return { allowed, hits, retryAfterSeconds };
}

/** Counts one hit against `subject` and says whether it is still within the limit. */
export async function consumeRateLimit(rule: RateRule, subject: string): Promise<RateLimitState> {
  const rows = await db.$queryRaw<{ hits: number; windowEndsAt: Date }[]>`
    INSERT INTO "RateLimit" ("key", "hits", "windowEndsAt")
    VALUES (${keyFor(rule, subject)}, 1, now() + make_interval(secs => ${rule.windowSeconds}))
    ON CONFLICT ("key") DO UPDATE SET
      "hits" = CASE WHEN "RateLimit"."windowEndsAt" <= now() THEN 1 ELSE "RateLimit"."hits" + 1 END,
      "windowEndsAt" = CASE WHEN "RateLimit"."windowEndsAt" <= now() THEN EXCLUDED."windowEndsAt" ELSE "RateLimit"."windowEndsAt" END
    RETURNING "hits", "windowEndsAt"`;
  const row = rows[0]!;
  return toState(rule, row.hits, row.windowEndsAt);
}

/** Reads the state without counting a hit: "would one more attempt be refused?" */
export async function peekRateLimit(rule: RateRule, subject: string): Promise<RateLimitState> {
  const row = await db.rateLimit.findUnique({ where: { key: keyFor(rule, subject) } });
  if (!row || row.windowEndsAt <= new Date()) return { allowed: true, hits: 0, retryAfterSeconds: 0 };
  // "Allowed" here means one more hit would still fit.
  return toState(rule, row.hits + 1, row.windowEndsAt);
}

export async function resetRateLimit(rule: RateRule, subject: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: keyFor(rule, subject) } });
}

/** "Too many attempts. Try again in 12 minutes." */
export function retryMessage(action: string, retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const wait = retryAfterSeconds < 60 ? `${retryAfterSeconds} seconds` : `${minutes} minute${minutes === 1 ? "" : "s"}`;
  return `Too many ${action}. Try again in ${wait}.`;
}

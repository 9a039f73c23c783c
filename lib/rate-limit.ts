import { db } from "@/lib/db";
import { pluralize } from "@/lib/format/counts";
import { Prisma } from "@/lib/generated/prisma/client";

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
  /**
   * Failed sign-ins for one account from browsers that haven't signed in to it before: a short
   * lock that ends on its own, and that strangers can't extend to its owner's own browsers...
   */
  signInPerAccount: { name: "sign-in:account", limit: 8, windowSeconds: 15 * 60 },
  /** ...each of which has an allowance of its own (lib/users/trusted-device.ts). */
  signInPerDevice: { name: "sign-in:device", limit: 8, windowSeconds: 15 * 60 },
  /** A signed-in member's current password, asked by the settings forms: counted apart from sign-in's. */
  passwordCheckPerUser: { name: "password-check:user", limit: 8, windowSeconds: 15 * 60 },
  signUpPerIp: { name: "sign-up:ip", limit: 5, windowSeconds: 60 * 60 },
  /** "Forgot password?" from one address, and for one email address: no mail-bombing anyone. */
  passwordResetPerIp: { name: "password-reset:ip", limit: 10, windowSeconds: 60 * 60 },
  passwordResetPerEmail: { name: "password-reset:email", limit: 3, windowSeconds: 60 * 60 },
  /** Verification and address-change links a member may ask for. */
  addressMailPerUser: { name: "address-mail:user", limit: 5, windowSeconds: 60 * 60 },
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
  const [state] = await consumeRateLimits([rule], subject);
  return state!;
}

/**
 * Counts one hit against each rule in turn, in a single statement, stopping at the first rule
 * that refuses it: a refused hit doesn't use up the rules after it. Returns the state of each
 * rule that counted the hit, in order; the last one is the refusal, if any.
 */
// "windowEndsAt" is a timestamp without time zone holding UTC, as Prisma writes every DateTime.
// Plain now() would be stored in the database session's time zone: on a server not set to UTC,
// windows would end hours early or late and peekRateLimit would see every window as over.
const UTC_NOW = Prisma.raw(`(now() AT TIME ZONE 'UTC')`);

export async function consumeRateLimits(rules: readonly RateRule[], subject: string): Promise<RateLimitState[]> {
  const step = (index: number) => Prisma.raw(`hit${index}`);
  const counts = rules.map((rule, index) => {
    // Each rule after the first counts the hit only if the rule before it let it through.
    const onlyIfPassed = index === 0 ? Prisma.empty : Prisma.sql`FROM ${step(index - 1)} WHERE ${step(index - 1)}."hits" <= ${rules[index - 1]!.limit}`;
    return Prisma.sql`${step(index)} AS (
      INSERT INTO "RateLimit" ("key", "hits", "windowEndsAt")
      SELECT ${keyFor(rule, subject)}, 1, ${UTC_NOW} + make_interval(secs => ${rule.windowSeconds}) ${onlyIfPassed}
      ON CONFLICT ("key") DO UPDATE SET
        "hits" = CASE WHEN "RateLimit"."windowEndsAt" <= ${UTC_NOW} THEN 1 ELSE "RateLimit"."hits" + 1 END,
        "windowEndsAt" = CASE WHEN "RateLimit"."windowEndsAt" <= ${UTC_NOW} THEN EXCLUDED."windowEndsAt" ELSE "RateLimit"."windowEndsAt" END
      RETURNING "hits", "windowEndsAt")`;
  });
  const results = rules.map((_, index) => Prisma.sql`SELECT ${index}::int AS "rule", "hits", "windowEndsAt" FROM ${step(index)}`);
  const rows = await db.$queryRaw<{ rule: number; hits: number; windowEndsAt: Date }[]>`
    WITH ${Prisma.join(counts, ",\n")}
    ${Prisma.join(results, " UNION ALL ")}`;
  return rows.sort((a, b) => a.rule - b.rule).map((row) => toState(rules[row.rule]!, row.hits, row.windowEndsAt));
}

export async function resetRateLimit(rule: RateRule, subject: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: keyFor(rule, subject) } });
}

/** "Too many attempts. Try again in 12 minutes." */
export function retryMessage(action: string, retryAfterSeconds: number): string {
  return `Too many ${action}. Try again in ${waitDuration(retryAfterSeconds)}.`;
}

/** "12 minutes", "1 second". */
export function waitDuration(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return retryAfterSeconds < 60 ? pluralize(retryAfterSeconds, "second") : pluralize(minutes, "minute");
}

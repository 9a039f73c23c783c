import { db } from "@/lib/db";

/** PageCacheExpiry rows older than this can't expire any cached page (they never live longer). */
export const PAGE_CACHE_EXPIRY_RETENTION_MS = 24 * 60 * 60_000;
/** Sent and expired messages stay listed on /admin/mail this long. */
const SENT_MAIL_RETENTION_MS = 30 * 24 * 60 * 60_000;
/** Used and expired reset or verification links are kept a day, for support questions. */
const ACCOUNT_TOKEN_RETENTION_MS = 24 * 60 * 60_000;

/**
 * Deletes rows nothing will read again: rate-limit windows that ended (a new hit starts a new
 * window anyway), page-cache expiries older than any cached page, sign-ins past their 30 days
 * (their cookies have expired too), old tokens and old sent mail.
 * Runs hourly, once across instances (lib/jobs/periodic-jobs.ts).
 */
export async function pruneOldRows(now = new Date()) {
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const [rateLimits, pageCacheExpiries, sessions, accountTokens, mail] = await Promise.all([
    db.rateLimit.deleteMany({ where: { windowEndsAt: { lt: now } } }),
    db.pageCacheExpiry.deleteMany({ where: { expiredAt: { lt: ago(PAGE_CACHE_EXPIRY_RETENTION_MS) } } }),
    db.session.deleteMany({ where: { expires: { lte: now } } }),
    db.accountToken.deleteMany({ where: { expiresAt: { lt: ago(ACCOUNT_TOKEN_RETENTION_MS) } } }),
    db.mailMessage.deleteMany({ where: { status: { in: ["SENT", "EXPIRED"] }, createdAt: { lt: ago(SENT_MAIL_RETENTION_MS) } } }),
  ]);
  return { rateLimits: rateLimits.count, pageCacheExpiries: pageCacheExpiries.count, sessions: sessions.count, accountTokens: accountTokens.count, mail: mail.count };
}

import { db } from "@/lib/db";
import { normalizeEmail } from "@/lib/identity/email";

/**
 * Auth.js creates every OAuth account with emailVerified = null, whatever the provider said.
 * Google says, in its profile's `email_verified`; when it vouches for the address the account
 * was made with, the address counts as verified. (GitHub's profile carries no such flag for
 * the address Auth.js picks, so GitHub accounts confirm theirs by mail like everyone else.)
 */
export async function recordProviderVerifiedEmail(userId: string | undefined, provider: string, profile: Record<string, unknown> | undefined): Promise<void> {
  if (!userId || provider !== "google" || profile?.email_verified !== true || typeof profile.email !== "string") return;
  await db.user.updateMany({ where: { id: userId, email: normalizeEmail(profile.email), emailVerified: null }, data: { emailVerified: new Date() } });
}

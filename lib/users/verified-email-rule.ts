import type { Settings } from "@/lib/settings";

export const VERIFY_TO_POST = "Confirm your email address to post: we sent you a link, and Settings can send a new one.";

/** "Require a verified email to post" (an admin setting, off by default): why this member can't post, or null. */
export function verifiedEmailProblem(settings: Pick<Settings, "requireVerifiedEmail">, member: { emailVerified: boolean }): string | null {
  return settings.requireVerifiedEmail && !member.emailVerified ? VERIFY_TO_POST : null;
}

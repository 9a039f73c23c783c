import { CredentialsSignin } from "next-auth";
import { db } from "@/lib/db";
import { normalizeEmail } from "@/lib/identity/email";
import { verifyPassword } from "@/lib/passwords";
import { consumeRateLimit, RATE_RULES, resetRateLimit, retryMessage, waitDuration } from "@/lib/rate-limit";
import { clientAddressKey } from "@/lib/request-ip";
import { knownDeviceFor, rememberDevice } from "@/lib/users/trusted-device";
import { signInSchema } from "@/lib/validations/account";

/** Which limit refused a sign-in, so the form can say what is happening. */
export type SignInLimit = "address" | "account" | "device";

/** Sign-in refused because of too many attempts; the form shows which limit and how long to wait. */
export class SignInRateLimited extends CredentialsSignin {
  override code = "rate_limited";

  constructor(
    readonly limit: SignInLimit,
    readonly retryAfterSeconds: number,
  ) {
    super();
  }
}

/**
 * Email + password, with the rate limits and constant-time checks described in lib/rate-limit.ts.
 * - Each attempt is counted *before* its password is checked, in one atomic statement: guesses
 *   sent all at once can't all slip in under the limit while the first ones are being hashed.
 * - From a browser that has signed in to the account before (a device cookie), attempts count
 *   against that browser's own allowance, not the account's: strangers' wrong guesses lock the
 *   account for new browsers only, never for its owner's.
 * A right password clears the count it was made against, and renews the device cookie.
 */
export async function authorizeWithPassword(raw: unknown, request: Request) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const email = normalizeEmail(parsed.data.email);

  const perAddress = await consumeRateLimit(RATE_RULES.signInPerIp, clientAddressKey(request.headers));
  if (!perAddress.allowed) throw new SignInRateLimited("address", perAddress.retryAfterSeconds);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, handle: true, role: true, passwordHash: true, deletedAt: true },
  });
  const device = user ? knownDeviceFor(request.headers, user.id) : null;
  const [rule, subject] = device ? [RATE_RULES.signInPerDevice, device] : [RATE_RULES.signInPerAccount, email];
  const attempt = await consumeRateLimit(rule, subject);
  if (!attempt.allowed) throw new SignInRateLimited(device ? "device" : "account", attempt.retryAfterSeconds);

  // verifyPassword spends the same time when there is no user, so timing reveals nothing.
  const valid = await verifyPassword(user?.deletedAt ? null : user?.passwordHash, parsed.data.password);
  if (!user || !valid) return null;
  await resetRateLimit(rule, subject);
  await rememberDevice(request.headers, user.id);
  return { id: user.id, email: user.email, name: user.name, role: user.role, handle: user.handle };
}

/** What the sign-in form says when a limit refuses an attempt. */
export function signInRefusal(error: SignInRateLimited): string {
  switch (error.limit) {
    case "address":
      return retryMessage("sign-in attempts from your network", error.retryAfterSeconds);
    case "device":
      return retryMessage("wrong passwords from this browser", error.retryAfterSeconds);
    case "account":
      return (
        "Too many wrong passwords have been tried for this email address. To protect the account, browsers that " +
        `haven't signed in to it before must wait: try again in ${waitDuration(error.retryAfterSeconds)}. ` +
        "On a browser or device you've signed in with before, the right password works now."
      );
  }
}

import { CredentialsSignin } from "next-auth";
import { db } from "@/lib/db";
import { normalizeEmail } from "@/lib/identity/email";
import { verifyPassword } from "@/lib/passwords";
import { consumeRateLimit, RATE_RULES, resetRateLimit, retryMessage } from "@/lib/rate-limit";
import { clientAddressKey } from "@/lib/request-ip";
import { signInSchema } from "@/lib/validations/account";

/** Which limit refused a sign-in, so the form can say what is happening. */
export type SignInLimit = "address" | "account";

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
 * Each attempt is counted against the account's limit *before* its password is checked, in one
 * atomic statement: guesses sent all at once can't all slip in under the limit while the first
 * ones are still being hashed. A right password clears the count.
 */
export async function authorizeWithPassword(raw: unknown, request: Request) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const email = normalizeEmail(parsed.data.email);

  const perAddress = await consumeRateLimit(RATE_RULES.signInPerIp, clientAddressKey(request.headers));
  if (!perAddress.allowed) throw new SignInRateLimited("address", perAddress.retryAfterSeconds);
  const perAccount = await consumeRateLimit(RATE_RULES.signInPerAccount, email);
  if (!perAccount.allowed) throw new SignInRateLimited("account", perAccount.retryAfterSeconds);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, handle: true, role: true, passwordHash: true, deletedAt: true },
  });
  // verifyPassword spends the same time when there is no user, so timing reveals nothing.
  const valid = await verifyPassword(user?.deletedAt ? null : user?.passwordHash, parsed.data.password);
  if (!user || !valid) return null;
  await resetRateLimit(RATE_RULES.signInPerAccount, email);
  return { id: user.id, email: user.email, name: user.name, role: user.role, handle: user.handle };
}

/** What the sign-in form says when a limit refuses an attempt. */
export function signInRefusal(error: SignInRateLimited): string {
  if (error.limit === "address") return retryMessage("sign-in attempts from your network", error.retryAfterSeconds);
  return retryMessage("wrong passwords for this email address", error.retryAfterSeconds);
}

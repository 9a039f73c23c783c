import { CredentialsSignin } from "next-auth";
import { db } from "@/lib/db";
import { normalizeEmail } from "@/lib/identity/email";
import { verifyPassword } from "@/lib/passwords";
import { consumeRateLimit, peekRateLimit, RATE_RULES, resetRateLimit } from "@/lib/rate-limit";
import { clientAddressKey } from "@/lib/request-ip";
import { signInSchema } from "@/lib/validations/account";

/** Sign-in refused because of too many attempts; the form shows how long to wait. */
export class SignInRateLimited extends CredentialsSignin {
  override code = "rate_limited";
}

/** Email + password, with the rate limits and constant-time checks described in lib/rate-limit.ts. */
export async function authorizeWithPassword(raw: unknown, request: Request) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const email = normalizeEmail(parsed.data.email);
  const ip = clientAddressKey(request.headers);

  const perIp = await consumeRateLimit(RATE_RULES.signInPerIp, ip);
  if (!perIp.allowed) throw new SignInRateLimited();
  const perAccount = await peekRateLimit(RATE_RULES.signInPerAccount, email);
  if (!perAccount.allowed) throw new SignInRateLimited();

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, handle: true, role: true, passwordHash: true, deletedAt: true },
  });
  // verifyPassword spends the same time when there is no user, so timing reveals nothing.
  const valid = await verifyPassword(user?.deletedAt ? null : user?.passwordHash, parsed.data.password);
  if (!user || !valid) {
    await consumeRateLimit(RATE_RULES.signInPerAccount, email);
    return null;
  }
  await resetRateLimit(RATE_RULES.signInPerAccount, email);
  return { id: user.id, email: user.email, name: user.name, role: user.role, handle: user.handle };
}

export async function signInRetryAfterSeconds(email: string, headers: Headers): Promise<number> {
  const [perIp, perAccount] = await Promise.all([
    peekRateLimit(RATE_RULES.signInPerIp, clientAddressKey(headers)),
    peekRateLimit(RATE_RULES.signInPerAccount, normalizeEmail(email)),
  ]);
  return Math.max(perIp.retryAfterSeconds, perAccount.retryAfterSeconds);
}

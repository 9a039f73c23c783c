"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { fail, ok } from "@/lib/action-result";
import { defineAction, PUBLIC } from "@/lib/actions/action-client";
import { db } from "@/lib/db";
import { personalPasswordProblem } from "@/lib/identity/password-policy";
import { consumeRateLimit, RATE_RULES, retryMessage } from "@/lib/rate-limit";
import { clientAddressKey } from "@/lib/request-ip";
import { checkAccountToken } from "@/lib/users/account-tokens";
import { requestPasswordReset, resetPassword } from "@/lib/users/reset-password";
import { forgotPasswordSchema, resetPasswordSchema } from "@/lib/validations/account";

/**
 * "Forgot password?". The answer is the same whether the address has an account or not, and
 * so is the time it takes: looking the address up, making the link and queueing the message
 * all happen after the response has gone (next/server's `after`).
 */
export const requestPasswordResetAction = defineAction({ schema: forgotPasswordSchema, access: PUBLIC }, async (input) => {
  const perIp = await consumeRateLimit(RATE_RULES.passwordResetPerIp, clientAddressKey(await headers()));
  if (!perIp.allowed) return fail(retryMessage("reset requests from your network", perIp.retryAfterSeconds));
  const perEmail = await consumeRateLimit(RATE_RULES.passwordResetPerEmail, input.email);
  if (!perEmail.allowed) return fail(retryMessage("reset requests for this address", perEmail.retryAfterSeconds));
  after(() => requestPasswordReset(input.email).catch((error: unknown) => console.error("Password reset request failed:", error)));
  return ok({ email: input.email });
});

const LINK_PROBLEM = {
  invalid: "This reset link isn't valid. Ask for a new one below.",
  expired: "This reset link has expired. Ask for a new one below.",
  used: "This reset link was already used. Ask for a new one below.",
} as const;

export const resetPasswordAction = defineAction({ schema: resetPasswordSchema, access: PUBLIC }, async (input) => {
  const link = await checkAccountToken(input.token, "PASSWORD_RESET");
  if (!link.ok) return fail(LINK_PROBLEM[link.problem]);
  // The same rules as sign-up, the personal ones included.
  const user = await db.user.findUniqueOrThrow({ where: { id: link.userId }, select: { email: true, handle: true } });
  const personal = personalPasswordProblem(input.password, { email: user.email ?? undefined, handle: user.handle });
  if (personal) return fail(personal, { password: [personal] });
  const outcome = await resetPassword(input.token, input.password);
  if (!outcome.ok) return fail(LINK_PROBLEM[outcome.problem]);
  redirect("/sign-in?reset=done");
});

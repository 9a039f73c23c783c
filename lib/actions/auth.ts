"use server";

import { CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { fail, type ActionResult } from "@/lib/action-result";
import { defineAction, PUBLIC, SIGNED_IN_EVEN_IF_BANNED } from "@/lib/actions/action-client";
import { signIn, signOut } from "@/lib/auth";
import { signInRefusal, SignInRateLimited } from "@/lib/users/password-sign-in";
import { consumeRateLimit, RATE_RULES, retryMessage } from "@/lib/rate-limit";
import { clientAddressKey } from "@/lib/request-ip";
import { safeCallbackUrl } from "@/lib/safe-callback-url";
import { createUser, UserConflictError } from "@/lib/users/create-user";
import { sendVerificationEmail } from "@/lib/users/email-address";
import { endSession, endSessions } from "@/lib/users/sessions";
import { signInSchema, signUpSchema } from "@/lib/validations/account";
import { z } from "zod";

/** The same words for a wrong password and an unknown email, so neither is revealed. */
const WRONG_CREDENTIALS = "That email and password don't match an account.";

async function signInWithPassword(email: string, password: string): Promise<ActionResult<undefined> | null> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return null;
  } catch (error) {
    if (error instanceof SignInRateLimited) return fail(signInRefusal(error));
    if (error instanceof CredentialsSignin) return fail(WRONG_CREDENTIALS);
    throw error;
  }
}

export const signInAction = defineAction({ schema: signInSchema, access: PUBLIC }, async (input) => {
  const refused = await signInWithPassword(input.email, input.password);
  if (refused) return refused;
  redirect(safeCallbackUrl(input.callbackUrl));
});

export const signUpAction = defineAction({ schema: signUpSchema, access: PUBLIC }, async (input) => {
  const limit = await consumeRateLimit(RATE_RULES.signUpPerIp, clientAddressKey(await headers()));
  if (!limit.allowed) return fail(retryMessage("sign-ups from your network", limit.retryAfterSeconds));
  try {
    const user = await createUser({ email: input.email, handle: input.handle, name: input.name, password: input.password });
    await sendVerificationEmail(user.id);
  } catch (error) {
    if (error instanceof UserConflictError) return fail(error.message, { [error.field]: [error.message] });
    throw error;
  }
  const refused = await signInWithPassword(input.email, input.password);
  if (refused) return refused;
  redirect(safeCallbackUrl(input.callbackUrl));
});

/**
 * Ends this browser's session, for real: its sign-in is forgotten before the cookie is cleared,
 * so a copy of the cookie kept elsewhere stops working too. If that fails, nothing is cleared
 * and the member can try again, rather than believe they are signed out. Open to anyone, so a
 * cookie whose session already ended (elsewhere, or with its account) can still be cleared.
 */
export const signOutAction = defineAction({ schema: z.object({}).optional(), access: PUBLIC }, async (_input, caller) => {
  if (caller) await endSession(caller.sessionId);
  await signOut({ redirectTo: "/" });
  return { ok: true, data: undefined };
});

/** Ends every session of the caller's account, on every browser and device, this one included. */
export const signOutEverywhereAction = defineAction({ schema: z.object({}).optional(), access: SIGNED_IN_EVEN_IF_BANNED }, async (_input, caller) => {
  await endSessions(caller.id);
  await signOut({ redirect: false });
  // The sign-in page says what happened.
  redirect("/sign-in?signed-out=everywhere");
});

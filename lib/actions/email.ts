"use server";

import { revalidatePath } from "next/cache";
import { fail, ok } from "@/lib/action-result";
import { defineAction, PUBLIC, SIGNED_IN_EVEN_IF_BANNED } from "@/lib/actions/action-client";
import { checkAccountOwnership } from "@/lib/actions/account-ownership";
import { db } from "@/lib/db";
import { applyUnsubscribe } from "@/lib/notifications/mail/unsubscribe";
import { consumeRateLimit, RATE_RULES, retryMessage } from "@/lib/rate-limit";
import { requestEmailChange, sendVerificationEmail } from "@/lib/users/email-address";
import { changeEmailSchema } from "@/lib/validations/account";
import { mailPreferencesSchema, unsubscribeSchema } from "@/lib/validations/mail-preferences";
import { z } from "zod";

async function addressMailAllowed(userId: string) {
  const limit = await consumeRateLimit(RATE_RULES.addressMailPerUser, userId);
  return limit.allowed ? null : fail(retryMessage("confirmation emails", limit.retryAfterSeconds));
}

export const resendVerificationAction = defineAction({ schema: z.object({}).optional(), access: SIGNED_IN_EVEN_IF_BANNED }, async (_input, caller) => {
  const refused = await addressMailAllowed(caller.id);
  if (refused) return refused;
  const result = await sendVerificationEmail(caller.id);
  if (result === "already-verified") return fail("Your address is already confirmed.");
  return ok({ email: caller.email });
});

export const changeEmailAction = defineAction({ schema: changeEmailSchema, access: SIGNED_IN_EVEN_IF_BANNED }, async (input, caller) => {
  const refused = (await checkAccountOwnership(caller, input)) ?? (await addressMailAllowed(caller.id));
  if (refused) return refused;
  const result = await requestEmailChange(caller.id, input.email);
  if (result === "same") return fail("That is already your address.", { email: ["That is already your address."] });
  if (result === "taken") return fail("Another account uses that address.", { email: ["Another account uses that address."] });
  revalidatePath("/settings");
  return ok({ email: input.email });
});

export const updateMailPreferencesAction = defineAction({ schema: mailPreferencesSchema, access: SIGNED_IN_EVEN_IF_BANNED }, async (input, caller) => {
  await db.user.update({ where: { id: caller.id }, data: input });
  revalidatePath("/settings");
  return ok(input);
});

/** The unsubscribe page's button: the signed link alone says who and what, no session needed. */
export const unsubscribeAction = defineAction({ schema: unsubscribeSchema, access: PUBLIC }, async (input) => {
  const kinds = await applyUnsubscribe(input.token);
  if (!kinds) return fail("This unsubscribe link isn't valid. Change your email preferences in Settings instead.");
  return ok({ kinds });
});

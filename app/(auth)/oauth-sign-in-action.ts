"use server";

import { z } from "zod";
import { fail, ok } from "@/lib/action-result";
import { defineAction, PUBLIC } from "@/lib/actions/action-client";
import { oauthProviders, signIn } from "@/lib/auth";
import { safeCallbackUrl } from "@/lib/safe-callback-url";
import { callbackUrlField } from "@/lib/validations/account";
import { storableText } from "@/lib/validations/text";

// No field here is typed by a person (the buttons send fixed values), so the schema lives with
// the action rather than in lib/validations.
const oauthSignInSchema = z.object({
  provider: storableText("The provider").max(32),
  callbackUrl: callbackUrlField,
});

/** Starts a GitHub or Google sign-in; Auth.js redirects to the provider and back to callbackUrl. */
export const oauthSignInAction = defineAction({ schema: oauthSignInSchema, access: PUBLIC }, async (input) => {
  if (!oauthProviders.some((provider) => provider.id === input.provider)) {
    return fail("That way of signing in isn't switched on here.");
  }
  await signIn(input.provider, { redirectTo: safeCallbackUrl(input.callbackUrl) });
  return ok();
});

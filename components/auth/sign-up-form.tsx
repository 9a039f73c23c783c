"use client";

import { signUpAction } from "@/lib/actions/auth";
import { useActionForm } from "@/lib/forms/use-action-form";
import { HANDLE_MAX, HANDLE_MIN } from "@/lib/identity/handle";
import { signUpSchema } from "@/lib/validations/account";
import { Button } from "@/components/forms/button";
import { EmailField, NewPasswordField, TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { distinctFormError } from "./distinct-form-error";
import { HoneypotField } from "./honeypot-field";

/**
 * A new account: display name, handle, email and password. A taken email or handle comes
 * back from the server into its own field; on success the new member is signed in and
 * sent on to `callbackUrl`.
 */
export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const { form, submit, formError, pending } = useActionForm(signUpSchema, signUpAction, {
    defaultValues: { name: "", handle: "", email: "", password: "", website: "", callbackUrl },
  });
  const { errors } = form.formState;
  const shownError = distinctFormError(formError, errors);
  const handle = form.watch("handle").trim().toLowerCase();

  return (
    <form onSubmit={submit} method="post" noValidate className="space-y-5">
      {shownError && <FormAlert>{shownError}</FormAlert>}
      <input type="hidden" {...form.register("callbackUrl")} />
      <TextField label="Display name" autoComplete="name" hint="Shown with your reviews and comments." error={errors.name?.message} {...form.register("name")} />
      <TextField
        label="Handle"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        hint={
          <>
            Your profile lives at <span className="font-medium text-ink">/users/{handle || "your-handle"}</span>.{" "}
            {HANDLE_MIN}–{HANDLE_MAX} characters: a–z, 0–9, - and _.
          </>
        }
        error={errors.handle?.message}
        {...form.register("handle")}
      />
      <EmailField hint="Only for signing in. Never shown to anyone." error={errors.email?.message} {...form.register("email")} />
      <NewPasswordField error={errors.password?.message} {...form.register("password")} />
      <HoneypotField {...form.register("website")} />
      <Button type="submit" className="w-full" pending={pending} pendingLabel="Creating your account…">
        Create account
      </Button>
    </form>
  );
}

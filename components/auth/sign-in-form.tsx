"use client";

import Link from "next/link";
import { signInAction } from "@/lib/actions/auth";
import { useActionForm } from "@/lib/forms/use-action-form";
import { signInSchema } from "@/lib/validations/account";
import { Button } from "@/components/forms/button";
import { EmailField, TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";

/**
 * Email and password. A wrong password and an unknown email come back as the same one
 * message; too many attempts come back with the time to wait. On success the action
 * redirects to `callbackUrl` (already made safe by the page, and again by the server).
 */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const { form, submit, formError, pending } = useActionForm(signInSchema, signInAction, {
    defaultValues: { email: "", password: "", callbackUrl },
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={submit} method="post" noValidate className="space-y-5">
      {formError && <FormAlert>{formError}</FormAlert>}
      <input type="hidden" {...form.register("callbackUrl")} />
      <EmailField error={errors.email?.message} {...form.register("email")} />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...form.register("password")}
      />
      <p className="-mt-2 text-right text-sm">
        <Link href="/forgot-password" className="rounded-sm text-accent-text underline underline-offset-4 hover:decoration-2">
          Forgot password?
        </Link>
      </p>
      <Button type="submit" className="w-full" pending={pending} pendingLabel="Signing in…">
        Sign in
      </Button>
    </form>
  );
}

"use client";

import { resetPasswordAction } from "@/lib/actions/password-reset";
import { useActionForm } from "@/lib/forms/use-action-form";
import { resetPasswordSchema } from "@/lib/validations/account";
import { Button } from "@/components/forms/button";
import { NewPasswordField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { distinctFormError } from "./distinct-form-error";

/** The new password, with sign-up's rules; on success the action sends the member to sign in. */
export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const { form, submit, formError, pending } = useActionForm(resetPasswordSchema, resetPasswordAction, {
    defaultValues: { token, password: "" },
  });
  const { errors } = form.formState;
  const shownError = distinctFormError(formError, errors);

  return (
    <form onSubmit={submit} method="post" noValidate className="space-y-5">
      {shownError && <FormAlert>{shownError}</FormAlert>}
      <input type="hidden" {...form.register("token")} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordField label="New password" error={errors.password?.message} {...form.register("password")} />
      <Button type="submit" className="w-full" pending={pending} pendingLabel="Saving…">
        Set new password
      </Button>
    </form>
  );
}

"use client";

import { useState } from "react";
import { changePasswordAction } from "@/lib/actions/account";
import { useActionForm } from "@/lib/forms/use-action-form";
import { PASSWORD_MIN_LENGTH } from "@/lib/identity/password-policy";
import { changePasswordSchema } from "@/lib/validations/account";
import { Button } from "@/components/forms/button";
import { TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { distinctFormError } from "@/components/auth/distinct-form-error";

const EMPTY = { currentPassword: "", newPassword: "" };

/** Current password, then the new one. Clears itself and says so when the change went through. */
export function PasswordForm({ email }: { email: string | null }) {
  const [changed, setChanged] = useState(false);
  const { form, submit, formError, pending } = useActionForm(changePasswordSchema, changePasswordAction, {
    defaultValues: EMPTY,
    onSuccess: () => {
      form.reset(EMPTY);
      setChanged(true);
    },
  });
  const { errors } = form.formState;
  const shownError = distinctFormError(formError, errors);

  return (
    <form
      onSubmit={(event) => {
        setChanged(false);
        return submit(event);
      }}
      method="post"
      noValidate
      className="space-y-5"
    >
      {shownError && <FormAlert>{shownError}</FormAlert>}
      {changed && <FormAlert tone="success">Password changed. Use the new one next time you sign in.</FormAlert>}
      {/* Lets password managers file the new password under the right account. */}
      {email && <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />}
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...form.register("currentPassword")}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A short sentence works well.`}
        error={errors.newPassword?.message}
        {...form.register("newPassword")}
      />
      <Button type="submit" pending={pending} pendingLabel="Changing…">
        Change password
      </Button>
    </form>
  );
}

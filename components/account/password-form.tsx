"use client";

import { useState } from "react";
import { changePasswordAction } from "@/lib/actions/account";
import { useActionForm } from "@/lib/forms/use-action-form";
import { changePasswordSchema } from "@/lib/validations/account";
import { Button } from "@/components/forms/button";
import { NewPasswordField, TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { distinctFormError } from "@/components/auth/distinct-form-error";

const EMPTY = { currentPassword: "", newPassword: "" };

function changedMessage(otherSessionsEnded: number): string {
  if (otherSessionsEnded === 0) return "Password changed. Use the new one next time you sign in.";
  const others = otherSessionsEnded === 1 ? "one other browser" : `${otherSessionsEnded} other browsers`;
  return `Password changed, and you're signed out on ${others}. This one stays signed in.`;
}

/** Current password, then the new one. Clears itself and says so when the change went through. */
export function PasswordForm({ email }: { email: string | null }) {
  const [changed, setChanged] = useState<string | null>(null);
  const { form, submit, formError, pending } = useActionForm(changePasswordSchema, changePasswordAction, {
    defaultValues: EMPTY,
    onSuccess: ({ otherSessionsEnded }) => {
      form.reset(EMPTY);
      setChanged(changedMessage(otherSessionsEnded));
    },
  });
  const { errors } = form.formState;
  const shownError = distinctFormError(formError, errors);

  return (
    <form
      onSubmit={(event) => {
        setChanged(null);
        return submit(event);
      }}
      method="post"
      noValidate
      className="space-y-5"
    >
      {shownError && <FormAlert>{shownError}</FormAlert>}
      {changed && <FormAlert tone="success">{changed}</FormAlert>}
      {/* Lets password managers file the new password under the right account. */}
      {email && <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />}
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...form.register("currentPassword")}
      />
      <NewPasswordField label="New password" error={errors.newPassword?.message} {...form.register("newPassword")} />
      <Button type="submit" pending={pending} pendingLabel="Changing…">
        Change password
      </Button>
    </form>
  );
}

"use client";

import { useState } from "react";
import { changeEmailAction } from "@/lib/actions/email";
import { useActionForm } from "@/lib/forms/use-action-form";
import { changeEmailSchema } from "@/lib/validations/account";
import { Button } from "@/components/forms/button";
import { EmailField, TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { distinctFormError } from "@/components/auth/distinct-form-error";

/**
 * A new address, with the password (or, for an account without one, the handle) as proof.
 * Nothing changes until the link sent to the new address is used.
 */
export function ChangeEmailForm({ hasPassword }: { hasPassword: boolean }) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const empty = hasPassword ? { email: "", password: "" } : { email: "", handle: "" };
  const { form, submit, formError, pending } = useActionForm(changeEmailSchema, changeEmailAction, {
    defaultValues: empty,
    onSuccess: (data) => {
      form.reset(empty);
      setSentTo(data.email);
    },
  });
  const { errors } = form.formState;
  const shownError = distinctFormError(formError, errors);

  return (
    <form
      onSubmit={(event) => {
        setSentTo(null);
        return submit(event);
      }}
      method="post"
      noValidate
      className="space-y-5"
    >
      {shownError && <FormAlert>{shownError}</FormAlert>}
      {sentTo && (
        <FormAlert tone="success">
          We sent a link to <strong className="font-semibold break-all">{sentTo}</strong>. Your address changes when you open it.
        </FormAlert>
      )}
      <EmailField label="New email address" error={errors.email?.message} {...form.register("email")} />
      {hasPassword ? (
        <TextField label="Your password" type="password" autoComplete="current-password" error={errors.password?.message} {...form.register("password")} />
      ) : (
        <TextField label="Your handle, to confirm" autoCapitalize="none" spellCheck={false} error={errors.handle?.message} {...form.register("handle")} />
      )}
      <Button type="submit" variant="secondary" pending={pending} pendingLabel="Sending…">
        Send a confirmation link
      </Button>
    </form>
  );
}

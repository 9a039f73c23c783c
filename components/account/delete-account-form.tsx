"use client";

import { deleteAccountAction } from "@/lib/actions/account";
import { useActionForm } from "@/lib/forms/use-action-form";
import { deleteAccountSchema } from "@/lib/validations/account";
import { Button } from "@/components/forms/button";
import { TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { distinctFormError } from "@/components/auth/distinct-form-error";

/**
 * The last step: the password (or, for an account without one, its handle) and the word
 * DELETE. On success the action signs the member out and redirects home, so there is nothing
 * to do here afterwards.
 */
export function DeleteAccountForm({ hasPassword, handle }: { hasPassword: boolean; handle: string }) {
  const { form, submit, formError, pending } = useActionForm(deleteAccountSchema, deleteAccountAction, {
    defaultValues: hasPassword ? { password: "", confirm: "" as "DELETE" } : { handle: "", confirm: "" as "DELETE" },
  });
  const { errors } = form.formState;
  const shownError = distinctFormError(formError, errors);

  return (
    <form onSubmit={submit} method="post" noValidate className="space-y-5">
      {shownError && <FormAlert>{shownError}</FormAlert>}
      {hasPassword ? (
        <TextField label="Your password" type="password" autoComplete="current-password" error={errors.password?.message} {...form.register("password")} />
      ) : (
        <TextField
          label={`Type your handle, @${handle}, to confirm it is you`}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          error={errors.handle?.message}
          {...form.register("handle")}
        />
      )}
      <TextField
        label="Type DELETE to confirm"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        error={errors.confirm?.message}
        {...form.register("confirm")}
      />
      <Button type="submit" variant="danger" pending={pending} pendingLabel="Deleting your account…">
        Delete my account
      </Button>
    </form>
  );
}

"use client";

import { useState } from "react";
import { requestPasswordResetAction } from "@/lib/actions/password-reset";
import { useActionForm } from "@/lib/forms/use-action-form";
import { forgotPasswordSchema } from "@/lib/validations/account";
import { Button } from "@/components/forms/button";
import { EmailField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";

/**
 * The address to send a reset link to. The answer never says whether an account uses it:
 * "if", always, so the form can't be used to find out who has an account.
 */
export function ForgotPasswordForm() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { form, submit, formError, pending } = useActionForm(forgotPasswordSchema, requestPasswordResetAction, {
    defaultValues: { email: "" },
    onSuccess: (data) => setSentTo(data.email),
  });
  const { errors } = form.formState;

  if (sentTo) {
    return (
      <div className="space-y-4">
        <FormAlert tone="success">
          If an account uses <strong className="font-semibold break-all">{sentTo}</strong>, we&rsquo;ve sent it a link to choose a new password.
        </FormAlert>
        <p className="text-sm text-muted">
          The link works once, for an hour. Nothing after a few minutes? Check your spam folder, make sure the address is the one you signed up with, or send another link.
        </p>
        <Button type="button" variant="secondary" onClick={() => setSentTo(null)}>
          Send another link
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={submit} method="post" noValidate className="space-y-5">
      {formError && <FormAlert>{formError}</FormAlert>}
      <EmailField error={errors.email?.message} {...form.register("email")} />
      <Button type="submit" className="w-full" pending={pending} pendingLabel="Sending…">
        Send me a reset link
      </Button>
    </form>
  );
}

"use client";

import { unbanUserAction } from "@/lib/actions/moderation/users";
import { useActionForm } from "@/lib/forms/use-action-form";
import { unbanSchema } from "@/lib/validations/moderation";
import { Button } from "@/components/forms/button";
import { pageHeading } from "@/components/ui/focus";
import { TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { useNotice } from "../notice-provider";

/** Lifts a ban at once, with an optional note for the audit log. */
export function UnbanForm({ userId, handle }: { userId: string; handle: string }) {
  const { notify } = useNotice();
  const { form, submit, formError, pending } = useActionForm(unbanSchema, unbanUserAction, {
    defaultValues: { userId, reason: "" },
    // The page swaps this form for the ban form: focus goes to the page's heading meanwhile.
    onSuccess: () => notify({ message: `@${handle} is no longer banned.`, returnFocus: pageHeading }),
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <TextField label="Note for the audit log" hint="Optional." error={form.formState.errors.reason?.message} {...form.register("reason")} />
      {formError && <FormAlert>{formError}</FormAlert>}
      <Button type="submit" variant="secondary" pending={pending} pendingLabel="Unbanning…">
        Unban @{handle}
      </Button>
    </form>
  );
}

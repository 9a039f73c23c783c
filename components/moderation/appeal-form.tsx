"use client";

import { useRouter } from "next/navigation";
import { fileAppealAction } from "@/lib/actions/moderation/appeals";
import { useActionForm } from "@/lib/forms/use-action-form";
import { appealSchema } from "@/lib/validations/moderation";
import { Button } from "@/components/forms/button";
import { TextAreaField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";

/** One appeal against one decision (a ban, or hiding something you wrote). */
export function AppealForm({ actionId, label = "Why should this be reversed?" }: { actionId: string; label?: string }) {
  const router = useRouter();
  const { form, submit, formError, pending } = useActionForm(appealSchema, fileAppealAction, {
    defaultValues: { actionId, body: "" },
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <TextAreaField
        label={label}
        rows={4}
        maxLength={500}
        hint="A moderator other than the one who decided will read it; if the site has no other, its admin decides. You can appeal each decision once."
        error={form.formState.errors.body?.message}
        {...form.register("body")}
      />
      {formError && <FormAlert>{formError}</FormAlert>}
      <Button type="submit" pending={pending} pendingLabel="Sending…">
        Send appeal
      </Button>
    </form>
  );
}

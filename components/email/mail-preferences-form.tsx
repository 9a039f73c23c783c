"use client";

import { useState } from "react";
import { updateMailPreferencesAction } from "@/lib/actions/email";
import type { MailFrequency } from "@/lib/generated/prisma/enums";
import { useActionForm } from "@/lib/forms/use-action-form";
import { FREQUENCY_LABELS, NOTIFICATION_KIND_LABELS } from "@/lib/notifications/mail/preferences";
import { mailPreferencesSchema, type MailPreferencesInput } from "@/lib/validations/mail-preferences";
import { Button } from "@/components/forms/button";
import { FormAlert } from "@/components/forms/form-alert";

const FIELDS = [
  { name: "mailReplies", kind: "COMMENT_REPLY" },
  { name: "mailReviewComments", kind: "REVIEW_COMMENT" },
  { name: "mailModeration", kind: "MODERATION" },
] as const;
const FREQUENCIES: MailFrequency[] = ["IMMEDIATE", "DAILY", "OFF"];

/** For each kind of notification: right away, in a daily digest, or not by mail. */
export function MailPreferencesForm({ preferences }: { preferences: MailPreferencesInput }) {
  const [saved, setSaved] = useState(false);
  const { form, submit, formError, pending } = useActionForm(mailPreferencesSchema, updateMailPreferencesAction, {
    defaultValues: preferences,
    onSuccess: (_data, values) => {
      form.reset(values);
      setSaved(true);
    },
  });
  return (
    <form onSubmit={submit} onChange={() => setSaved(false)} method="post" noValidate className="space-y-5">
      {formError && <FormAlert>{formError}</FormAlert>}
      {saved && <FormAlert tone="success">Saved.</FormAlert>}
      {FIELDS.map(({ name, kind }) => (
        <fieldset key={name}>
          <legend className="text-sm font-medium text-ink">{NOTIFICATION_KIND_LABELS[kind]}</legend>
          <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
            {FREQUENCIES.map((frequency) => (
              <label key={frequency} className="flex items-center gap-2 text-sm text-ink">
                <input type="radio" value={frequency} className="size-4 accent-accent" {...form.register(name)} />
                {FREQUENCY_LABELS[frequency]}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <Button type="submit" pending={pending} pendingLabel="Saving…">
        Save email preferences
      </Button>
    </form>
  );
}

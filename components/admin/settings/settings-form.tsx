"use client";

import { useState } from "react";
import { updateSettingsAction } from "@/lib/actions/moderation/settings";
import { useActionForm } from "@/lib/forms/use-action-form";
import type { Settings } from "@/lib/validations/settings";
import { Button } from "@/components/forms/button";
import { TextAreaField, TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SETTING_LABELS, settingsTextFormSchema, type SettingsTextForm } from "./settings-form-schema";
import { describeChanges } from "./describe-changes";

/** The form's parsed values are the settings themselves; the cast only bridges the typed-text input type. */
const save = (values: SettingsTextForm) => updateSettingsAction(values as unknown as Settings);

export function SettingsForm({ settings }: { settings: Settings }) {
  const [saved, setSaved] = useState<Settings>(settings);
  const [changes, setChanges] = useState<string[] | null>(null);
  const { form, submit, formError, pending } = useActionForm(settingsTextFormSchema, save, {
    defaultValues: { ...settings, blockedWords: settings.blockedWords.join("\n") },
    onSuccess: (_data, values) => {
      setChanges(describeChanges(saved, values));
      setSaved(values);
      form.reset({ ...values, blockedWords: values.blockedWords.join("\n") });
    },
  });
  const errors = form.formState.errors;
  const number = { valueAsNumber: true } as const;

  return (
    <form onSubmit={submit} noValidate className="max-w-2xl space-y-6" onChange={() => setChanges(null)}>
      <fieldset className="space-y-4 rounded-lg border border-line bg-surface p-4">
        <legend className="px-1 text-sm font-semibold text-ink">Hold rules</legend>
        <TextAreaField
          label={SETTING_LABELS.blockedWords}
          rows={5}
          hint="One word or phrase per line. A comment that contains one is held for a moderator. Case doesn't matter."
          error={errors.blockedWords?.message}
          {...form.register("blockedWords")}
        />
        <TextField label={SETTING_LABELS.linkThreshold} type="number" min={0} max={50} inputMode="numeric" hint="Hold a comment with more links than this (0 to 50)." error={errors.linkThreshold?.message} className="max-w-32" {...form.register("linkThreshold", number)} />
        <label className="flex items-start gap-3 text-sm">
          <input type="checkbox" className="mt-0.5 size-4 accent-accent" {...form.register("holdFirstTimePosters")} />
          <span>
            <span className="font-medium text-ink">{SETTING_LABELS.holdFirstTimePosters}</span>
            <span className="block text-xs text-muted">A new member&rsquo;s first comment waits for a moderator.</span>
          </span>
        </label>
      </fieldset>
      <fieldset className="space-y-4 rounded-lg border border-line bg-surface p-4">
        <legend className="px-1 text-sm font-semibold text-ink">Threads and reports</legend>
        <TextField label={SETTING_LABELS.replyDepth} type="number" min={1} max={10} inputMode="numeric" hint="How deep replies nest before “continue this thread” (1 to 10)." error={errors.replyDepth?.message} className="max-w-32" {...form.register("replyDepth", number)} />
        <TextField label={`${SETTING_LABELS.editWindowMinutes} (minutes)`} type="number" min={0} max={1440} inputMode="numeric" hint="How long after posting a comment can still be edited (0 to 1,440)." error={errors.editWindowMinutes?.message} className="max-w-32" {...form.register("editWindowMinutes", number)} />
        <TextField label={SETTING_LABELS.autoHideReportThreshold} type="number" min={1} max={100} inputMode="numeric" hint="Reports from this many different people hide an item until a moderator reviews it (1 to 100)." error={errors.autoHideReportThreshold?.message} className="max-w-32" {...form.register("autoHideReportThreshold", number)} />
      </fieldset>
      <fieldset className="space-y-4 rounded-lg border border-line bg-surface p-4">
        <legend className="px-1 text-sm font-semibold text-ink">Members</legend>
        <label className="flex items-start gap-3 text-sm">
          <input type="checkbox" className="mt-0.5 size-4 accent-accent" {...form.register("requireVerifiedEmail")} />
          <span>
            <span className="font-medium text-ink">{SETTING_LABELS.requireVerifiedEmail}</span>
            <span className="block text-xs text-muted">Members who haven&rsquo;t confirmed their email address can read but not post reviews or comments; they&rsquo;re told why and can ask for a new link.</span>
          </span>
        </label>
      </fieldset>
      {formError && <FormAlert>{formError}</FormAlert>}
      {changes && (
        <FormAlert tone={changes.length ? "success" : "info"}>
          {changes.length ? (
            <>
              <p className="font-medium">Saved. What changed:</p>
              <ul className="mt-1 list-disc pl-5">
                {changes.map((change) => (
                  <li key={change}>{change}</li>
                ))}
              </ul>
            </>
          ) : (
            "Nothing changed."
          )}
        </FormAlert>
      )}
      <Button type="submit" pending={pending} pendingLabel="Saving…">
        Save settings
      </Button>
    </form>
  );
}

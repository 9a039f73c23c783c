"use client";

import { useRef, useState } from "react";
import { banUserAction } from "@/lib/actions/moderation/users";
import { useActionForm } from "@/lib/forms/use-action-form";
import { banSchema } from "@/lib/validations/moderation";
import { Button } from "@/components/forms/button";
import { TextAreaField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { useNotice } from "../notice-provider";

const DURATIONS = [
  { value: "1d", label: "1 day" },
  { value: "7d", label: "7 days" },
  { value: "30d", label: "30 days" },
  { value: "permanent", label: "Permanent" },
] as const;

/**
 * Ban with a reason (the user sees it) and a duration. Two steps: fill in, then confirm.
 * The ban takes effect on the user's very next request.
 */
export function BanForm({ userId, handle }: { userId: string; handle: string }) {
  const { notify } = useNotice();
  const [confirming, setConfirming] = useState(false);
  const banButton = useRef<HTMLButtonElement>(null);

  function cancel() {
    setConfirming(false);
    // The question replaced the button; focus goes back to it once it returns.
    requestAnimationFrame(() => banButton.current?.focus());
  }
  const { form, submit, formError, pending } = useActionForm(banSchema, banUserAction, {
    defaultValues: { userId, duration: "7d", reason: "" },
    onSuccess: ({ actionId }) => {
      setConfirming(false);
      form.reset({ userId, duration: "7d", reason: "" });
      notify({ message: `@${handle} is banned.`, action: "user.ban", actionId });
    },
  });
  const errors = form.formState.errors;
  const duration = DURATIONS.find((option) => option.value === form.watch("duration"))?.label.toLowerCase() ?? "";

  const ask = form.handleSubmit(() => setConfirming(true));

  return (
    <form onSubmit={confirming ? submit : ask} noValidate className="space-y-4">
      <fieldset>
        <legend className="text-sm font-medium text-ink">Duration</legend>
        <div className="mt-1.5 flex flex-wrap gap-2">
          {DURATIONS.map((option) => (
            <label key={option.value} className="flex cursor-pointer items-center gap-2 rounded-md border border-line-strong px-3 py-1.5 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent-soft">
              <input type="radio" value={option.value} className="accent-accent" {...form.register("duration")} />
              {option.label}
            </label>
          ))}
        </div>
        {errors.duration && <p className="mt-1 text-sm text-red-700 dark:text-red-400">{errors.duration.message}</p>}
      </fieldset>
      <TextAreaField label="Reason" rows={2} hint="Required. The user sees it on every refused action." readOnly={confirming} error={errors.reason?.message} {...form.register("reason")} />
      {formError && <FormAlert>{formError}</FormAlert>}
      {confirming ? (
        <div role="alert" className="flex flex-wrap items-center gap-2 rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/50 dark:text-red-100">
          <p className="mr-auto">
            Ban @{handle} {duration === "permanent" ? "permanently" : `for ${duration}`}?
          </p>
          <Button type="button" size="sm" variant="secondary" onClick={cancel} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" size="sm" variant="danger" pending={pending} pendingLabel="Banning…" autoFocus>
            Confirm ban
          </Button>
        </div>
      ) : (
        <Button ref={banButton} type="submit" variant="danger">
          Ban @{handle}…
        </Button>
      )}
    </form>
  );
}

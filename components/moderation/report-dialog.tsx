"use client";

import { useEffect, useId, useRef, useState } from "react";
import { reportContentAction } from "@/lib/actions/moderation/reports";
import { useActionForm } from "@/lib/forms/use-action-form";
import { REPORT_REASONS, reportSchema } from "@/lib/validations/moderation";
import { Button } from "@/components/forms/button";
import { TextAreaField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { REPORT_REASON_HINTS, REPORT_REASON_LABELS } from "./report-reasons";

interface ReportDialogProps {
  kind: "REVIEW" | "COMMENT";
  id: string;
  onClose: () => void;
  onReported: () => void;
}

/**
 * The report form, in a modal <dialog>: a reason (and words, for "Other"), then thanks.
 * It opens with focus on its title, so the dialog is announced by name and the first Tab
 * lands on the first reason (focusing a radio first would make Tab skip to the second).
 */
export function ReportDialog({ kind, id, onClose, onReported }: ReportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const [thanked, setThanked] = useState(false);
  const noun = kind === "REVIEW" ? "review" : "comment";
  const { form, submit, formError, pending } = useActionForm(reportSchema, reportContentAction, {
    defaultValues: { kind, id, details: "" },
    onSuccess: () => {
      setThanked(true);
      onReported();
    },
  });
  const reason = form.watch("reason");
  const errors = form.formState.errors;

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    title.current?.focus();
  }, []);
  const close = () => dialog.current?.close();

  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby={titleId}
      className="m-auto w-[min(30rem,calc(100vw-2rem))] rounded-xl border border-line-strong bg-surface p-0 text-left text-ink shadow-2xl backdrop:bg-stone-950/50"
    >
      {thanked ? (
        <div className="space-y-4 p-5">
          <h2 id={titleId} className="text-lg font-semibold tracking-tight">
            Report sent
          </h2>
          <p role="status" className="text-sm text-ink">
            Thanks — a moderator will look at it.
          </p>
          <div className="flex justify-end">
            <Button type="button" variant="secondary" onClick={close} autoFocus>
              Close
            </Button>
          </div>
        </div>
      ) : (
        <form onSubmit={submit} noValidate className="space-y-4 p-5">
          <h2 id={titleId} ref={title} tabIndex={-1} className="text-lg font-semibold tracking-tight">
            Report this {noun}
          </h2>
          <fieldset aria-describedby={errors.reason ? `${titleId}-reason-error` : undefined}>
            <legend className="text-sm font-medium">What&rsquo;s wrong with it?</legend>
            <div className="mt-2 space-y-1">
              {REPORT_REASONS.map((value) => (
                <label key={value} className="flex cursor-pointer items-start gap-3 rounded-lg px-2 py-1.5 hover:bg-sunken has-[:checked]:bg-sunken">
                  <input type="radio" value={value} className="mt-1 size-4 shrink-0 accent-accent" {...form.register("reason")} />
                  <span className="text-sm">
                    <span className="font-medium">{REPORT_REASON_LABELS[value]}</span>
                    <span className="block text-muted">{REPORT_REASON_HINTS[value]}</span>
                  </span>
                </label>
              ))}
            </div>
            {errors.reason && (
              <p id={`${titleId}-reason-error`} role="alert" className="mt-1 text-sm text-red-700 dark:text-red-400">
                {errors.reason.message}
              </p>
            )}
          </fieldset>
          <TextAreaField
            label={reason === "OTHER" ? "What's wrong (required)" : "Anything else a moderator should know (optional)"}
            rows={3}
            maxLength={500}
            error={errors.details?.message}
            {...form.register("details")}
          />
          {formError && <FormAlert>{formError}</FormAlert>}
          <div className="flex flex-wrap justify-end gap-2">
            <Button type="button" variant="secondary" onClick={close} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" pending={pending} pendingLabel="Sending…">
              Send report
            </Button>
          </div>
        </form>
      )}
    </dialog>
  );
}

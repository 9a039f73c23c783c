"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { useActionForm } from "@/lib/forms/use-action-form";
import { reasonField } from "@/lib/validations/moderation";
import { Button } from "@/components/forms/button";
import { TextAreaField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";

const requiredReasonSchema = z.object({ reason: reasonField.refine((value) => value.length > 0, "Give a reason: the author will see it.") });
const optionalReasonSchema = z.object({ reason: reasonField.optional() });

export interface ReasonDialogProps<R> {
  onClose: () => void;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  danger?: boolean;
  reasonLabel?: string;
  reasonRequired?: boolean;
  onConfirm: (reason: string) => Promise<ActionResult<R>>;
  onDone: (data: R) => void;
}

/**
 * The confirmation step for a moderation decision: a modal <dialog> (focus moves into it,
 * Escape closes it) asking for the reason the author will see. Nothing happens until the
 * second, explicit confirmation. Mount it to open it; `onClose` should unmount it.
 */
export function ReasonDialog<R>({ onClose, title, children, confirmLabel, pendingLabel, danger = false, reasonLabel = "Reason", reasonRequired = true, onConfirm, onDone }: ReasonDialogProps<R>) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { form, submit, formError, pending } = useActionForm(
    reasonRequired ? requiredReasonSchema : optionalReasonSchema,
    (values: { reason?: string }) => onConfirm(values.reason ?? ""),
    {
      defaultValues: { reason: "" },
      onSuccess: (data) => onDone(data as R),
    },
  );

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby={titleId}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-line-strong bg-surface p-0 text-ink shadow-2xl backdrop:bg-stone-950/50"
    >
      <form onSubmit={submit} noValidate className="space-y-4 p-5">
        <h2 id={titleId} className="text-lg font-semibold tracking-tight">
          {title}
        </h2>
        {children && <div className="text-sm text-muted">{children}</div>}
        <TextAreaField
          label={reasonLabel}
          rows={3}
          autoFocus
          hint={reasonRequired ? "Required. The author sees this, so keep it factual." : "Optional."}
          error={form.formState.errors.reason?.message}
          {...form.register("reason")}
        />
        {formError && <FormAlert>{formError}</FormAlert>}
        <div className="flex flex-wrap justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => dialog.current?.close()} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" variant={danger ? "danger" : "primary"} pending={pending} pendingLabel={pendingLabel}>
            {confirmLabel}
          </Button>
        </div>
      </form>
    </dialog>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { unstable_rethrow } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import { focusElement } from "@/components/ui/focus";

/**
 * A react-hook-form form wired to a server action, validated by the same zod schema on both
 * sides: field errors from the schema show inline before anything is sent, and the action's
 * own `fieldErrors` (a taken handle, a wrong password) come back into the same fields.
 *
 * After a refused submit, focus goes to what went wrong (WCAG 2.4.3): the first field the
 * server flagged, else the form's error message (a FormAlert inside the form). Invalid input
 * caught before sending is focused by react-hook-form itself.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, R>(
  schema: S,
  action: (input: z.input<S>) => Promise<ActionResult<R>>,
  options: { defaultValues?: DefaultValues<z.input<S>>; onSuccess?: (data: R, values: z.output<S>) => void } = {},
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues: options.defaultValues,
  });
  const [formError, setFormError] = useState<string | null>(null);
  // A refusal without a field to blame: focus the form's message once it is shown (a new
  // object each time, so the same message twice is focused twice).
  const [refusal, setRefusal] = useState<{ form: HTMLFormElement | null } | null>(null);

  useEffect(() => {
    const alert = refusal?.form?.querySelector("[data-form-alert]");
    if (alert) focusElement(alert, { preventScroll: false });
  }, [refusal]);

  const submit = form.handleSubmit(async (values, event) => {
    const formElement = event?.target instanceof HTMLFormElement ? event.target : null;
    setFormError(null);
    let result: ActionResult<R>;
    try {
      result = await action(values as z.input<S>);
    } catch (error) {
      unstable_rethrow(error); // an action's redirect() arrives as a rejection
      // The request never reached the action (the connection dropped, or the server refused it).
      setFormError("We couldn't send that. Check your connection and try again.");
      setRefusal({ form: formElement });
      return;
    }
    if (!result.ok) {
      setFormError(result.error);
      const flagged = Object.entries(result.fieldErrors ?? {}).filter(([, messages]) => messages[0]);
      flagged.forEach(([field, messages], index) => {
        form.setError(field as Path<z.input<S>>, { type: "server", message: messages[0] }, { shouldFocus: index === 0 });
      });
      if (flagged.length === 0) setRefusal({ form: formElement });
      return;
    }
    options.onSuccess?.(result.data, values);
  });

  return { form, submit, formError, setFormError, pending: form.formState.isSubmitting };
}

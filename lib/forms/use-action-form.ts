"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { unstable_rethrow } from "next/navigation";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";

/**
 * A react-hook-form form wired to a server action, validated by the same zod schema on both
 * sides: field errors from the schema show inline before anything is sent, and the action's
 * own `fieldErrors` (a taken handle, a wrong password) come back into the same fields.
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

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    let result: ActionResult<R>;
    try {
      result = await action(values as z.input<S>);
    } catch (error) {
      unstable_rethrow(error); // an action's redirect() arrives as a rejection
      // The request never reached the action (the connection dropped, or the server refused it).
      setFormError("We couldn't send that. Check your connection and try again.");
      return;
    }
    if (!result.ok) {
      setFormError(result.error);
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (messages[0]) form.setError(field as Path<z.input<S>>, { type: "server", message: messages[0] });
      }
      return;
    }
    options.onSuccess?.(result.data, values);
  });

  return { form, submit, formError, setFormError, pending: form.formState.isSubmitting };
}

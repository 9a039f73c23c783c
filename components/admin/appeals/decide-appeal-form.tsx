"use client";

import { decideAppealAction } from "@/lib/actions/moderation/appeals";
import { useActionForm } from "@/lib/forms/use-action-form";
import { decideAppealSchema } from "@/lib/validations/moderation";
import { useRef } from "react";
import { Button } from "@/components/forms/button";
import { pageHeading } from "@/components/ui/focus";
import { TextAreaField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { useNotice } from "../notice-provider";

/** Accept (which reverses the decision) or reject with a reply the appellant will read. */
export function DecideAppealForm({ appealId, handle }: { appealId: string; handle: string }) {
  const { notify } = useNotice();
  const formElement = useRef<HTMLFormElement>(null);
  const { form, submit, formError, pending } = useActionForm(decideAppealSchema, decideAppealAction, {
    defaultValues: { decision: "accept", appealId, response: "" },
    onSuccess: (_data, values) => {
      // A decided appeal leaves the list: focus moves on to the next one (or the heading).
      const item = formElement.current?.closest("li");
      const next = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector("article");
      notify({
        message: values.decision === "accept" ? `Accepted @${handle}'s appeal; the decision is reversed.` : `Rejected @${handle}'s appeal.`,
        returnFocus: () => (next?.isConnected ? next : pageHeading()),
      });
    },
  });
  const decision = form.watch("decision");
  const choose = (value: "accept" | "reject") => () => {
    form.clearErrors();
    form.setValue("decision", value);
  };
  return (
    <form ref={formElement} onSubmit={submit} noValidate className="space-y-3">
      <TextAreaField
        label="Reply to the appellant"
        rows={2}
        hint="Required to reject; optional when accepting."
        error={form.formState.errors.response?.message}
        {...form.register("response")}
      />
      {formError && <FormAlert>{formError}</FormAlert>}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" onClick={choose("accept")} pending={pending && decision === "accept"} pendingLabel="Accepting…" disabled={pending && decision !== "accept"}>
          Accept and reverse
        </Button>
        <Button type="submit" size="sm" variant="secondary" onClick={choose("reject")} pending={pending && decision === "reject"} pendingLabel="Rejecting…" disabled={pending && decision !== "reject"}>
          Reject
        </Button>
      </div>
    </form>
  );
}

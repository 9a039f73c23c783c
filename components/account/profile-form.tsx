"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { updateProfileAction } from "@/lib/actions/account";
import { useActionForm } from "@/lib/forms/use-action-form";
import { HANDLE_MAX, HANDLE_MIN } from "@/lib/identity/handle";
import { profileSchema } from "@/lib/validations/account";
import { Button } from "@/components/forms/button";
import { TextAreaField, TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { distinctFormError } from "@/components/auth/distinct-form-error";

const BIO_MAX = 500;

/** Display name, handle and bio. Disabled (with the reason) while the account is suspended. */
export function ProfileForm({ profile, disabledReason }: { profile: { name: string; handle: string; bio: string }; disabledReason?: string }) {
  const router = useRouter();
  const [savedHandle, setSavedHandle] = useState<string | null>(null);
  const { form, submit, formError, pending } = useActionForm(profileSchema, updateProfileAction, {
    defaultValues: profile,
    onSuccess: (data, values) => {
      setSavedHandle(data.handle);
      form.reset(values);
      router.refresh();
    },
  });
  const { errors, isDirty } = form.formState;
  const shownError = distinctFormError(formError, errors);
  const bioLength = form.watch("bio").length;

  return (
    <form
      onSubmit={(event) => {
        setSavedHandle(null);
        return submit(event);
      }}
      method="post"
      noValidate
      className="space-y-5"
    >
      {disabledReason && <FormAlert tone="info">{disabledReason}</FormAlert>}
      {shownError && <FormAlert>{shownError}</FormAlert>}
      {savedHandle && !isDirty && (
        <FormAlert tone="success">
          Profile saved.{" "}
          <Link href={`/users/${savedHandle}`} className="font-medium underline underline-offset-4">
            View your profile
          </Link>
        </FormAlert>
      )}
      <fieldset disabled={Boolean(disabledReason)} className="space-y-5 disabled:opacity-60">
        <legend className="sr-only">Profile</legend>
        <TextField label="Display name" autoComplete="name" error={errors.name?.message} {...form.register("name")} />
        <TextField
          label="Handle"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          hint={`Your profile address: /users/<handle>. ${HANDLE_MIN}–${HANDLE_MAX} characters: a–z, 0–9, - and _. Changing it changes that address.`}
          error={errors.handle?.message}
          {...form.register("handle")}
        />
        <TextAreaField
          label="Bio"
          rows={4}
          maxLength={BIO_MAX}
          hint={`Optional. Shown on your profile. ${bioLength}/${BIO_MAX} characters.`}
          error={errors.bio?.message}
          {...form.register("bio")}
        />
        <Button type="submit" pending={pending} pendingLabel="Saving…">
          Save profile
        </Button>
      </fieldset>
    </form>
  );
}

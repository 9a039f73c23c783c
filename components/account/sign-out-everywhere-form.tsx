"use client";

import { useState } from "react";
import { useFormStatus } from "react-dom";
import { signOutEverywhereAction } from "@/lib/actions/auth";
import { Button } from "@/components/forms/button";
import { FormAlert } from "@/components/forms/form-alert";

function SubmitButton() {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant="secondary" pending={pending} pendingLabel="Signing out everywhere…">
      Sign out everywhere
    </Button>
  );
}

/** One button; on success the action signs this browser out too and lands on the sign-in page. */
export function SignOutEverywhereForm() {
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="space-y-4"
      action={async () => {
        setError(null);
        const result = await signOutEverywhereAction({});
        if (!result.ok) setError(result.error);
      }}
    >
      {error && <FormAlert>{error}</FormAlert>}
      <SubmitButton />
    </form>
  );
}

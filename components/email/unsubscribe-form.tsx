"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { unsubscribeAction } from "@/lib/actions/email";
import { Button } from "@/components/forms/button";
import { FormAlert } from "@/components/forms/form-alert";

/** One button: a click, not the page load, unsubscribes (mail scanners open links too). */
export function UnsubscribeForm({ token }: { token: string }) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  if (result?.ok) {
    return (
      <div className="space-y-3">
        <FormAlert tone="success">{result.text}</FormAlert>
        <p className="text-sm text-muted">
          Changed your mind?{" "}
          <Link href="/settings#email" className="font-medium text-accent-text underline underline-offset-4">
            Choose what we email you in Settings
          </Link>
          .
        </p>
      </div>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const outcome = await unsubscribeAction({ token });
          setResult(outcome.ok ? { ok: true, text: "Done: you won't get these emails any more." } : { ok: false, text: outcome.error });
        });
      }}
      className="space-y-4"
    >
      {result && <FormAlert>{result.text}</FormAlert>}
      <Button type="submit" pending={pending} pendingLabel="Unsubscribing…">
        Unsubscribe
      </Button>
    </form>
  );
}

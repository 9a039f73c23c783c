"use client";

import { useState, useTransition } from "react";
import { resendVerificationAction } from "@/lib/actions/email";
import { Button } from "@/components/forms/button";

/** "Send a new link", with what happened said next to it. */
export function ResendVerificationButton({ variant = "secondary" }: { variant?: "primary" | "secondary" }) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const send = () =>
    startTransition(async () => {
      const outcome = await resendVerificationAction({});
      setResult(outcome.ok ? { ok: true, text: `Sent. Check ${outcome.data.email ?? "your inbox"} for a new link.` } : { ok: false, text: outcome.error });
    });
  return (
    <span className="flex flex-wrap items-center gap-3">
      <Button type="button" size="sm" variant={variant} onClick={send} pending={pending} pendingLabel="Sending…">
        Send a new link
      </Button>
      <span role={result?.ok === false ? "alert" : "status"} className={`text-sm ${result?.ok === false ? "text-red-700 dark:text-red-300" : "text-muted"}`}>
        {result?.text}
      </span>
    </span>
  );
}

"use client";

import { useState, useTransition } from "react";
import { retryMailAction } from "@/lib/actions/moderation/mail";
import { Button } from "@/components/forms/button";

export function RetryMailButton({ id }: { id: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="flex flex-col items-start gap-1">
      <Button
        type="button"
        size="sm"
        variant="secondary"
        pending={pending}
        pendingLabel="Queueing…"
        onClick={() =>
          startTransition(async () => {
            const result = await retryMailAction({ id });
            setError(result.ok ? null : result.error);
          })
        }
      >
        Try again
      </Button>
      {error && (
        <span role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </span>
      )}
    </span>
  );
}

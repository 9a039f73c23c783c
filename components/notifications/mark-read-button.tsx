"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { markNotificationsReadAction } from "@/lib/actions/notifications";
import { Button } from "@/components/forms/button";

/**
 * Marks the given notifications read (or all of them), then refreshes the list and the bell.
 * `describedBy` points at what it marks, for screen readers; the name stays the visible label.
 */
export function MarkReadButton({ ids, label, describedBy }: { ids?: string[]; label: string; describedBy?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [refreshing, startRefresh] = useTransition();

  async function markRead() {
    setPending(true);
    setError(null);
    const result = await markNotificationsReadAction(ids ? { ids } : {});
    setPending(false);
    if (!result.ok) return setError(result.error);
    startRefresh(() => router.refresh());
  }

  return (
    <span className="inline-flex flex-col items-end gap-1">
      <Button type="button" variant={ids ? "quiet" : "secondary"} size="sm" onClick={markRead} pending={pending || refreshing} aria-describedby={describedBy}>
        {label}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </span>
      )}
    </span>
  );
}

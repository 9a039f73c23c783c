"use client";

import { useState, useTransition } from "react";
import { createResetLinkAction } from "@/lib/actions/moderation/mail";
import { formatExactDateTime } from "@/lib/format/dates";
import { Button } from "@/components/forms/button";
import { FormAlert } from "@/components/forms/form-alert";

/** Makes a one-time reset link and shows it once, to copy and pass on to the member. */
export function ResetLinkForm({ userId, handle }: { userId: string; handle: string }) {
  const [pending, startTransition] = useTransition();
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const make = () =>
    startTransition(async () => {
      setError(null);
      setCopied(false);
      const result = await createResetLinkAction({ userId });
      if (result.ok) setLink(result.data);
      else setError(result.error);
    });
  return (
    <div className="space-y-3 text-sm">
      <p className="text-muted">
        For a member who can&rsquo;t get our email. Anyone with the link can set @{handle}&rsquo;s password, so give it to them privately. It works once, for an hour, and replaces any earlier link. Making one is written to the audit log.
      </p>
      {error && <FormAlert>{error}</FormAlert>}
      {link ? (
        <div className="space-y-2">
          <label htmlFor="reset-link" className="block font-medium text-ink">
            Reset link for @{handle} (works until {formatExactDateTime(new Date(link.expiresAt))})
          </label>
          <input id="reset-link" readOnly value={link.url} onFocus={(event) => event.currentTarget.select()} className="block w-full rounded-lg border border-line-strong bg-sunken px-3 py-2 font-mono text-xs text-ink" />
          <Button
            type="button"
            size="sm"
            variant="secondary"
            onClick={async () => {
              await navigator.clipboard?.writeText(link.url);
              setCopied(true);
            }}
          >
            {copied ? "Copied" : "Copy link"}
          </Button>
        </div>
      ) : (
        <Button type="button" size="sm" variant="secondary" onClick={make} pending={pending} pendingLabel="Making…">
          Make a one-time reset link
        </Button>
      )}
    </div>
  );
}

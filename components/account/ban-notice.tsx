import { formatExactDateTime } from "@/lib/format/dates";

/** Shown to a banned member at the top of their settings: why, until when, and what still works. */
export function BanNotice({ reason, until }: { reason: string | null; until: Date | null }) {
  return (
    <div role="note" aria-labelledby="ban-heading" className="rounded-2xl border border-accent/50 bg-accent-soft/60 px-5 py-4 text-sm text-ink sm:px-7">
      <h2 id="ban-heading" className="font-semibold">
        Your account is suspended {until ? `until ${formatExactDateTime(until)}` : "with no end date"}.
      </h2>
      <p className="mt-1.5">
        <span className="font-medium">Reason:</span> {reason?.trim() || "No reason was given."}
      </p>
      <p className="mt-1.5 text-muted">
        Until then you can read everything, download your data, change your password or delete your account, but not
        post, vote or edit your profile.
      </p>
    </div>
  );
}

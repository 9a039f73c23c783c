import type { CommentData } from "./thread-data";

/** Ends a reason with a full stop, unless it already ends a sentence. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * Told only to a comment's author: it is waiting for a moderator, or a moderator hid it, and
 * why. Calm on purpose; this is information, not an error.
 */
export function CommentStatusNotice({ status, reason: givenReason }: { status: NonNullable<CommentData["status"]>; reason?: string }) {
  const reason = givenReason?.trim();
  const text =
    status === "held"
      ? `${sentence(reason || "Held for moderation")} Only you can see this comment until a moderator approves it.`
      : `${sentence(reason ? `A moderator hid this comment: ${reason}` : "A moderator hid this comment")} Only you can see it.`;
  return (
    <p role="note" className="mt-1.5 rounded-md border border-line-strong bg-sunken px-2.5 py-1.5 text-[0.8125rem] text-ink">
      <span aria-hidden="true" className="mr-1.5 inline-block size-1.5 -translate-y-px rounded-full bg-star align-middle" />
      {text}
    </p>
  );
}

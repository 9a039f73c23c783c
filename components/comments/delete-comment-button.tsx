"use client";

import { useRef, useState } from "react";
import { deleteCommentAction } from "@/lib/actions/comments";
import { Button } from "@/components/forms/button";
import { useDiscussion } from "./discussion-provider";

/**
 * Delete, with a confirmation step in place (the button is styled as one of the comment's
 * actions by `.thread article > footer`). Deletion is soft: the comment stays as
 * "[deleted]" while it has replies and disappears when it has none.
 */
export function DeleteCommentButton({ commentId }: { commentId: string }) {
  const { refreshAndReveal } = useDiscussion();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);

  function cancel() {
    setConfirming(false);
    setError(null);
    // The confirmation replaced the button; put focus back where it was.
    requestAnimationFrame(() => deleteRef.current?.focus());
  }

  async function confirm() {
    setPending(true);
    const result = await deleteCommentAction({ commentId });
    setPending(false);
    if (!result.ok) return setError(result.error);
    refreshAndReveal(null);
  }

  if (!confirming) {
    return (
      <button ref={deleteRef} type="button" onClick={() => setConfirming(true)}>
        Delete
      </button>
    );
  }
  return (
    <span
      role="group"
      aria-label="Confirm deletion"
      className="inline-flex flex-wrap items-center gap-2 rounded-lg bg-sunken px-2 py-1"
      onKeyDown={(event) => event.key === "Escape" && cancel()}
    >
      <span className="text-ink">Delete this comment?</span>
      <Button type="button" variant="danger" size="sm" pending={pending} pendingLabel="Deleting…" onClick={confirm}>
        Delete
      </Button>
      {/* Focus lands on the harmless choice, so a stray Enter never deletes. */}
      <Button type="button" variant="quiet" size="sm" onClick={cancel} autoFocus>
        Cancel
      </Button>
      {error && (
        <span role="alert" className="basis-full text-xs text-red-700 dark:text-red-400">
          {error}
        </span>
      )}
    </span>
  );
}

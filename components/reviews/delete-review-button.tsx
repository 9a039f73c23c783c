"use client";

import { usePageRefresh } from "@/lib/page-cache/viewer-layer-provider";
import { useRef, useState, useTransition } from "react";
import { deleteReviewAction } from "@/lib/actions/reviews";
import { Button } from "@/components/forms/button";
import { FormAlert } from "@/components/forms/form-alert";

/**
 * Deleting your own review, with a confirmation step in place. Deletion is soft: the page
 * then says the review was deleted by its author.
 */
export function DeleteReviewButton({ reviewId }: { reviewId: string }) {
  const refreshPage = usePageRefresh();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const deleteButton = useRef<HTMLButtonElement>(null);

  function keep() {
    setConfirming(false);
    // The question replaced the button; put focus back on it once it returns.
    requestAnimationFrame(() => deleteButton.current?.focus());
  }

  function remove() {
    setError(null);
    startTransition(async () => {
      const result = await deleteReviewAction({ reviewId });
      if (!result.ok) {
        setError(result.error);
        return;
      }
      refreshPage();
    });
  }

  if (!confirming) {
    return (
      <Button ref={deleteButton} variant="quiet" size="sm" onClick={() => setConfirming(true)}>
        Delete
      </Button>
    );
  }

  return (
    <div role="group" aria-labelledby="delete-review-question" className="w-full space-y-3 rounded-lg border border-line-strong bg-sunken p-4">
      <p id="delete-review-question" className="text-sm text-ink">
        <strong className="font-semibold">Delete your review?</strong> Readers will see that you deleted it. You can write a
        new one later.
      </p>
      {error && <FormAlert>{error}</FormAlert>}
      <div className="flex flex-wrap gap-2">
        {/* Focus lands on the decision, so keyboard users can confirm or back out at once. */}
        <Button variant="danger" size="sm" onClick={remove} pending={pending} pendingLabel="Deleting…" autoFocus>
          Delete review
        </Button>
        <Button variant="secondary" size="sm" onClick={keep} disabled={pending}>
          Keep it
        </Button>
      </div>
    </div>
  );
}

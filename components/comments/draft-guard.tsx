"use client";

import { useId, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/forms/button";

/**
 * Closing a reply or edit form (Escape or Cancel) never throws away words silently: with a
 * draft in it, the form asks first, offering "Keep writing" (focused, and what Escape means
 * then) or "Discard". An empty or unchanged form closes at once.
 */
export function useDraftGuard({ hasDraft, onClose, focusEditor }: { hasDraft: boolean; onClose: () => void; focusEditor: () => void }) {
  const [asking, setAsking] = useState(false);

  function requestClose() {
    if (hasDraft) setAsking(true);
    else onClose();
  }

  function keepWriting() {
    setAsking(false);
    requestAnimationFrame(focusEditor);
  }

  function discard() {
    setAsking(false);
    onClose();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== "Escape") return;
    event.preventDefault();
    if (asking) keepWriting();
    else requestClose();
  }

  return { asking, requestClose, keepWriting, discard, onKeyDown };
}

/** The question itself, in place of the form's buttons. */
export function DiscardDraftPrompt({ what, onKeep, onDiscard }: { what: "reply" | "changes"; onKeep: () => void; onDiscard: () => void }) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className="flex flex-wrap items-center gap-2 rounded-lg border border-line-strong bg-sunken px-3 py-2">
      <p id={id} className="mr-auto text-sm font-medium text-ink">
        Discard your {what}?
      </p>
      {/* Focused on arrival: the question was just asked, so answer it from here. */}
      <Button type="button" size="sm" variant="secondary" autoFocus onClick={onKeep}>
        Keep writing
      </Button>
      <Button type="button" size="sm" variant="danger" onClick={onDiscard}>
        Discard {what}
      </Button>
    </div>
  );
}

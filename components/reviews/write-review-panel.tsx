"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/forms/button";
import { focusElement } from "@/components/ui/focus";
import { ReviewForm } from "./review-form";

const OPENER_ID = "write-review-button";

/**
 * "Write a review" on a film page: a short invitation whose button opens the form in place.
 * The button gives way to the form, so focus moves to the form's heading ("Your review of
 * Her"), one Tab before the rating; cancelling puts focus back on the button.
 */
export function WriteReviewPanel({ filmId, filmTitle }: { filmId: string; filmTitle: string }) {
  const [open, setOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  function openForm() {
    setOpen(true);
    requestAnimationFrame(() => focusElement(heading.current));
  }

  function close() {
    setOpen(false);
    // The button comes back on the next render; focus it then.
    requestAnimationFrame(() => document.getElementById(OPENER_ID)?.focus());
  }

  return (
    <section aria-labelledby="write-review-heading" className="rounded-xl border border-line bg-surface p-5 sm:p-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h3 id="write-review-heading" ref={heading} tabIndex={-1} className="font-serif text-xl font-semibold text-ink">
            {open ? `Your review of ${filmTitle}` : `Seen ${filmTitle}?`}
          </h3>
          {!open && <p className="mt-0.5 text-sm text-muted">Rate it in half stars, and say why if you like.</p>}
        </div>
        {!open && (
          <Button id={OPENER_ID} onClick={openForm} aria-expanded={false}>
            Write a review
          </Button>
        )}
      </div>
      {open && (
        <div className="mt-6">
          <ReviewForm target={{ kind: "create", filmId }} onCancel={close} />
        </div>
      )}
    </section>
  );
}

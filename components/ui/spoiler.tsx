"use client";

import { useState, type KeyboardEvent, type ReactNode } from "react";

/**
 * An inline spoiler: a solid bar until the reader asks for it (click, Enter or Space), then
 * the text, for good. While hidden it is a button named "Reveal spoiler": screen readers do
 * not read what it hides, and any link inside cannot take focus. The same element stays in
 * place when revealed, so keyboard focus does not jump. Without JavaScript it shows while
 * focused (globals.css).
 */
export function Spoiler({ children }: { children: ReactNode }) {
  const [revealed, setRevealed] = useState(false);

  function onKeyDown(event: KeyboardEvent<HTMLSpanElement>) {
    if (revealed || (event.key !== "Enter" && event.key !== " ")) return;
    event.preventDefault();
    setRevealed(true);
  }

  return (
    <span
      role={revealed ? undefined : "button"}
      tabIndex={revealed ? -1 : 0}
      aria-expanded={revealed ? undefined : false}
      aria-label={revealed ? undefined : "Reveal spoiler"}
      title={revealed ? undefined : "Spoiler: select to reveal"}
      data-revealed={revealed || undefined}
      // Lets globals.css show a hidden spoiler on focus when JavaScript is off.
      data-spoiler={revealed ? undefined : "hidden"}
      onClick={revealed ? undefined : () => setRevealed(true)}
      onKeyDown={onKeyDown}
      className={
        revealed
          ? "rounded-sm bg-sunken [box-decoration-break:clone] outline-none ring-1 ring-line"
          : "cursor-pointer rounded-sm bg-ink/85 text-transparent [box-decoration-break:clone] select-none hover:bg-ink/70 dark:bg-stone-600 dark:hover:bg-stone-500 [&_*]:decoration-transparent"
      }
    >
      {/* `invisible` while hidden: truly not shown (the bar is the outer span's background),
          so nothing treats the words as the visible label of the "Reveal spoiler" button. */}
      <span inert={!revealed} aria-hidden={revealed ? undefined : true} className={revealed ? undefined : "invisible"}>
        {children}
      </span>
    </span>
  );
}

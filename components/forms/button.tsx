"use client";

import type { ComponentPropsWithRef, MouseEvent } from "react";

const VARIANTS = {
  primary: "bg-accent text-on-accent hover:bg-accent-hover disabled:opacity-60 aria-disabled:opacity-60",
  secondary: "border border-line-strong bg-surface text-ink hover:bg-sunken disabled:opacity-60 aria-disabled:opacity-60",
  quiet: "text-muted hover:text-ink hover:bg-sunken disabled:opacity-60 aria-disabled:opacity-60",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:opacity-60 aria-disabled:opacity-60 dark:bg-red-500 dark:text-stone-950 dark:hover:bg-red-400",
} as const;

export interface ButtonProps extends ComponentPropsWithRef<"button"> {
  variant?: keyof typeof VARIANTS;
  size?: "sm" | "md";
  /** Shows progress and blocks double submits while the action runs. */
  pending?: boolean;
  pendingLabel?: string;
}

/**
 * A button. While `pending` it refuses clicks (and a form's submit) but stays focusable, marked
 * aria-disabled: a truly disabled button would drop keyboard focus to the page, losing the
 * person's place just as the result arrives.
 */
export function Button({ variant = "primary", size = "md", pending = false, pendingLabel, className = "", children, disabled, onClick, ...props }: ButtonProps) {
  const sizing = size === "sm" ? "h-8 px-3 text-sm" : "h-10 px-4 text-sm";
  function click(event: MouseEvent<HTMLButtonElement>) {
    if (pending) {
      event.preventDefault(); // also stops a submit button from submitting again
      return;
    }
    onClick?.(event);
  }
  return (
    <button
      {...props}
      disabled={disabled}
      aria-disabled={pending || undefined}
      aria-busy={pending || undefined}
      onClick={click}
      className={`inline-flex items-center justify-center gap-2 rounded-lg font-medium transition-colors disabled:cursor-not-allowed aria-busy:cursor-progress ${sizing} ${VARIANTS[variant]} ${className}`}
    >
      {pending && <span aria-hidden className="size-3.5 animate-spin rounded-full border-2 border-current border-r-transparent" />}
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}

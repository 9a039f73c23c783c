"use client";

import { useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { formatStarCount, MAX_STARS, RATING_VALUES, ratingToStars } from "@/lib/format/rating";
import { Star, type StarFill } from "./star-rating-display";

const FIRST = RATING_VALUES[0];
const LAST = RATING_VALUES[RATING_VALUES.length - 1]!;

function fillFor(star: number, shown: number | null): StarFill {
  const halves = shown ?? 0;
  if (halves >= star * 2) return "full";
  return halves === star * 2 - 1 ? "half" : "empty";
}

/** A stored rating in words: 7 → "3.5 stars", 1 → "0.5 stars", 2 → "1 star". */
function ratingLabel(rating: number): string {
  return formatStarCount(ratingToStars(rating));
}

/**
 * A rating in half stars (stored 1..10) as an ARIA radio group of ten radios, drawn as five
 * stars whose left and right halves are the radios. Keyboard as in the ARIA pattern: Tab
 * reaches the group once, arrow keys move and select, Home/End jump to ½ and 5, Space and
 * Enter select the focused half. Hovering with a mouse previews; "Clear rating" removes it.
 * The rating is always written out beside the stars, so it never depends on colour or shape,
 * and the words always say what the stars show: both follow the preview, and any choice (a
 * click, a key, Clear) ends it. Touch screens get no preview, which they could never end.
 *
 * Each half star is a 24 × 48 px target (WCAG 2.5.8): the stars are drawn at 48 px.
 */
export function StarRatingInput({
  value,
  onChange,
  labelledBy,
  describedBy,
  invalid = false,
  disabled = false,
  focusRef,
}: {
  value: number | null;
  onChange: (value: number | null) => void;
  labelledBy: string;
  describedBy?: string;
  invalid?: boolean;
  disabled?: boolean;
  /** Lets a form library move focus here (react-hook-form focuses the first invalid field). */
  focusRef?: (target: { focus: () => void } | null) => void;
}) {
  const [hovered, setHovered] = useState<number | null>(null);
  const radios = useRef(new Map<number, HTMLSpanElement>());
  const tabStop = value ?? FIRST;
  const shown = hovered ?? value;

  function select(next: number) {
    if (disabled) return;
    setHovered(null);
    onChange(next);
    radios.current.get(next)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLSpanElement>, current: number) {
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowUp: current + 1,
      ArrowLeft: current - 1,
      ArrowDown: current - 1,
      Home: FIRST,
      End: LAST,
      " ": current,
      Enter: current,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    // Enter would otherwise submit the form; arrows would scroll the page.
    event.preventDefault();
    select(Math.min(LAST, Math.max(FIRST, target)));
  }

  function clear() {
    setHovered(null);
    radios.current.get(FIRST)?.focus();
    onChange(null);
  }

  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <div
        role="radiogroup"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-disabled={disabled || undefined}
        className="inline-flex gap-0.5"
        onPointerLeave={() => setHovered(null)}
        ref={(element) => focusRef?.(element ? { focus: () => radios.current.get(value ?? FIRST)?.focus() } : null)}
      >
        {Array.from({ length: MAX_STARS }, (_, index) => {
          const star = index + 1;
          return (
            <span key={star} className="relative inline-flex">
              <Star fill={fillFor(star, shown)} className="size-12" />
              {[star * 2 - 1, star * 2].map((rating) => (
                <span
                  key={rating}
                  ref={(element) => {
                    if (element) radios.current.set(rating, element);
                    else radios.current.delete(rating);
                  }}
                  role="radio"
                  aria-checked={rating === value}
                  aria-label={ratingLabel(rating)}
                  tabIndex={!disabled && rating === tabStop ? 0 : -1}
                  onClick={() => select(rating)}
                  onKeyDown={(event) => onKeyDown(event, rating)}
                  onPointerEnter={(event: PointerEvent) => !disabled && event.pointerType === "mouse" && setHovered(rating)}
                  className={`absolute inset-y-0 w-1/2 cursor-pointer rounded-sm focus-visible:outline-offset-0 ${
                    rating % 2 === 1 ? "left-0" : "right-0"
                  }`}
                />
              ))}
            </span>
          );
        })}
      </div>
      <span className="min-w-[5.5rem] text-sm font-semibold tabular-nums text-ink" aria-hidden="true">
        {shown === null ? <span className="font-normal text-muted">No rating</span> : ratingLabel(shown)}
      </span>
      <button
        type="button"
        onClick={clear}
        disabled={disabled || value === null}
        className="rounded-md px-2 py-1 text-sm text-muted underline-offset-4 hover:text-ink hover:underline disabled:cursor-not-allowed disabled:no-underline disabled:opacity-50"
      >
        Clear rating
      </button>
    </div>
  );
}

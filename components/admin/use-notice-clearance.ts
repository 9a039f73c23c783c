"use client";

import { useEffect, useState, type RefObject } from "react";

/** Space kept between the notice and a control, above and below. */
const GAP = 16;

/**
 * Keeps a fixed notice at the bottom of the screen from covering the focused control
 * (WCAG 2.4.11): while it shows, the page's scroll padding leaves room for it (the browser's
 * own scrolling to a focused control respects that), and a control that focus lands on behind
 * it anyway is scrolled clear. Returns the room to leave at the end of the page, so the last
 * control can be scrolled clear too. `noticeKey` changes with each notice, null when none.
 */
export function useNoticeClearance(box: RefObject<HTMLElement | null>, noticeKey: number | null): number {
  const [height, setHeight] = useState(0);

  useEffect(() => {
    const element = box.current;
    if (noticeKey === null || !element) return;
    // A ResizeObserver reports once as soon as it starts observing, then on every change.
    const observer = new ResizeObserver(() => setHeight(element.offsetHeight + 2 * GAP));
    observer.observe(element);
    return () => observer.disconnect();
  }, [box, noticeKey]);
  const clearance = noticeKey === null ? 0 : height;

  useEffect(() => {
    if (!clearance) return;
    const root = document.documentElement;
    const previous = root.style.scrollPaddingBottom;
    root.style.scrollPaddingBottom = `${clearance}px`;

    const clear = (target: Element | null) => {
      const notice = box.current;
      if (!target || !notice || notice.contains(target) || target === document.body) return;
      const covered = notice.getBoundingClientRect();
      const rect = target.getBoundingClientRect();
      const overlapsHorizontally = rect.right > covered.left && rect.left < covered.right;
      const overlap = rect.bottom - (covered.top - GAP);
      if (overlapsHorizontally && overlap > 0 && rect.top < covered.bottom) window.scrollBy({ top: overlap });
    };
    // After the browser's own scroll to the newly focused control, not before it.
    const onFocusIn = (event: FocusEvent) => requestAnimationFrame(() => clear(event.target as Element));
    document.addEventListener("focusin", onFocusIn);
    clear(document.activeElement);
    return () => {
      root.style.scrollPaddingBottom = previous;
      document.removeEventListener("focusin", onFocusIn);
    };
  }, [box, clearance]);

  return clearance;
}

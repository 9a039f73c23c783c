"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A frame that scrolls its content sideways when it is wider than the screen, and says so:
 * a shadow at each edge that hides more, a line of text under it, and (only then) a tab stop
 * so the keyboard can scroll it too. `relative`, so visually hidden labels inside stay in it
 * instead of widening the page.
 */
export function ScrollFrame({ label, children }: { label: string; children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <div>
      <div
        ref={frame}
        role={scrolls ? "region" : undefined}
        aria-label={scrolls ? `${label} (scrolls sideways)` : undefined}
        tabIndex={scrolls ? 0 : undefined}
        className="scroll-cue relative overflow-x-auto rounded-lg border border-line"
      >
        {children}
      </div>
      {scrolls && (
        <p className="mt-1.5 text-xs text-muted">
          <span aria-hidden="true">⇆ </span>Scroll the table sideways for more columns.
        </p>
      )}
    </div>
  );
}

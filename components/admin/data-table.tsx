import type { CSSProperties, ReactNode } from "react";
import { ScrollFrame } from "./scroll-frame";

/** Header and body cell styles shared by every admin table: dense, aligned to the top. */
export const TH = "border-b border-line-strong px-3 py-2 text-left text-xs font-semibold tracking-wide text-muted uppercase";
export const TD = "border-b border-line px-3 py-2.5 align-top";
/** Long words and addresses break only where they must: never a word cut for no reason. */
export const WRAP = "break-words md:[overflow-wrap:anywhere]";

/**
 * An admin table. On narrow screens it either
 * - turns into `cards` (app/globals.css, `.table-cards`): a card per row, a line per cell,
 *   labelled from each cell's `data-label`; cells marked `data-compact` share a line. Every
 *   control is on screen, nothing scrolls sideways. Or
 * - scrolls sideways in its frame (the page itself never does), with a visible cue that it
 *   does (ScrollFrame).
 * The caption names the table for screen readers.
 */
export function DataTable({ caption, minWidth = "48rem", cards = false, children }: { caption: string; minWidth?: string; cards?: boolean; children: ReactNode }) {
  const table = (
    <table className={`w-full min-w-(--table-min) border-collapse text-sm ${cards ? "table-cards" : ""}`} style={{ "--table-min": minWidth } as CSSProperties}>
      <caption className="sr-only">{caption}</caption>
      {children}
    </table>
  );
  if (cards) return <div className="relative rounded-lg border border-line bg-surface md:overflow-x-auto">{table}</div>;
  return <ScrollFrame label={caption}>{table}</ScrollFrame>;
}

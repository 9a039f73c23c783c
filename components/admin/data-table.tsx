import type { ReactNode } from "react";

/** Header and body cell styles shared by every admin table: dense, aligned to the top. */
export const TH = "border-b border-line-strong px-3 py-2 text-left text-xs font-semibold tracking-wide text-muted uppercase";
export const TD = "border-b border-line px-3 py-2.5 align-top";

/**
 * An admin table in a frame that scrolls sideways on narrow screens (the page itself never
 * does). The frame is `relative` so visually hidden labels inside (absolutely positioned)
 * stay in it instead of widening the page. The caption names the table for screen readers.
 */
export function DataTable({ caption, minWidth = "48rem", children }: { caption: string; minWidth?: string; children: ReactNode }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full border-collapse text-sm" style={{ minWidth }}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

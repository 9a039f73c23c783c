import type { ReactNode } from "react";

/** A section's h2, with an optional control (a link, sort tabs) aligned to its right. */
export function SectionHeading({ id, children, aside }: { id: string; children: ReactNode; aside?: ReactNode }) {
  return (
    <div className="mb-4 flex min-h-10 flex-wrap items-end justify-between gap-3">
      <h2 id={id} className="text-lg font-semibold tracking-tight text-ink">
        {children}
      </h2>
      {aside}
    </div>
  );
}

import Link from "next/link";
import type { ReactNode } from "react";

/** A titled list on the dashboard, with a link to the full view. */
export function Panel({ id, title, href, linkLabel, children }: { id: string; title: string; href: string; linkLabel: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-line bg-surface">
      <div className="flex items-baseline justify-between gap-3 border-b border-line px-4 py-2.5">
        <h2 id={id} className="text-sm font-semibold text-ink">
          {title}
        </h2>
        <Link href={href} className="text-xs font-medium text-accent-text underline-offset-4 hover:underline">
          {linkLabel}
        </Link>
      </div>
      <div className="px-4 py-1">{children}</div>
    </section>
  );
}

/** The quiet line a panel shows when its list is empty. */
export function PanelEmpty({ children }: { children: ReactNode }) {
  return <p className="py-3 text-sm text-muted">{children}</p>;
}

import type { ReactNode } from "react";

/** An admin page's title, a line saying what it is for, and room for a page-level action. */
export function AdminPageHeader({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        <h1 className="text-2xl font-semibold tracking-tight text-ink">{title}</h1>
        {children && <div className="mt-1 max-w-[70ch] text-sm text-muted">{children}</div>}
      </div>
      {action}
    </div>
  );
}

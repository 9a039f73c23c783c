import type { ReactNode } from "react";

/** A dense row of facts: "Posts 7 · 10 skipped", each a label over its value. */
export function SummaryGrid({ items }: { items: { label: string; value: ReactNode; detail?: ReactNode }[] }) {
  return (
    <dl className="grid grid-cols-2 gap-px overflow-hidden rounded-lg border border-line bg-line sm:grid-cols-3 lg:grid-cols-5 [&>div:last-child:nth-child(odd)]:col-span-2 sm:[&>div:last-child:nth-child(odd)]:col-span-1">
      {items.map((item) => (
        <div key={item.label} className="bg-surface px-3 py-2.5">
          <dt className="text-xs font-medium text-muted">{item.label}</dt>
          <dd className="mt-0.5 text-lg font-semibold text-ink tabular-nums">{item.value}</dd>
          {item.detail && <dd className="mt-0.5 text-xs text-muted">{item.detail}</dd>}
        </div>
      ))}
    </dl>
  );
}

import Link from "next/link";

/** A row of filter tabs over an admin list ("Open · Accepted · Rejected · All"), as links. */
export function StatusTabs<T extends string>({ label, options, current, labels, hrefFor }: { label: string; options: readonly T[]; current: T; labels: Record<T, string>; hrefFor: (option: T) => string }) {
  return (
    <nav aria-label={label} className="mb-4">
      <ul className="flex w-fit flex-wrap gap-1 rounded-lg bg-sunken p-1 text-sm">
        {options.map((option) => (
          <li key={option}>
            <Link
              href={hrefFor(option)}
              aria-current={option === current ? "page" : undefined}
              className="block rounded-md px-3 py-1.5 text-muted hover:text-ink aria-[current=page]:bg-surface aria-[current=page]:font-medium aria-[current=page]:text-ink aria-[current=page]:shadow-sm aria-[current=page]:ring-1 aria-[current=page]:ring-line-strong"
            >
              {labels[option]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

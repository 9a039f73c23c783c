import Link from "next/link";
import type { InputHTMLAttributes, ReactNode } from "react";

const CONTROL = "h-9 w-full rounded-md border border-line-strong bg-surface px-2.5 text-sm text-ink";

/**
 * A filter bar: a plain GET form, so filtering works without JavaScript, the filters live in
 * the address (bookmarkable, linkable) and the server does the filtering.
 */
export function FilterBar({ action, resetHref, label, children }: { action: string; resetHref: string; label: string; children: ReactNode }) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className="mb-4 rounded-lg border border-line bg-surface p-3">
      <div className="grid grid-cols-2 gap-x-3 gap-y-2 sm:grid-cols-3 lg:flex lg:flex-wrap lg:items-end">
        {children}
        <div className="col-span-2 flex items-end gap-2 sm:col-span-1">
          <button type="submit" className="h-9 rounded-md bg-accent px-4 text-sm font-medium text-on-accent hover:bg-accent-hover">
            Apply
          </button>
          <Link href={resetHref} className="flex h-9 items-center rounded-md px-3 text-sm text-muted hover:bg-sunken hover:text-ink">
            Reset
          </Link>
        </div>
      </div>
    </form>
  );
}

/** On wide screens selects take their content's width and text fields a fixed one, so one row holds them all. */
function FilterField({ label, htmlFor, size, children }: { label: string; htmlFor: string; size: "fit" | "text" | "date" | "wide"; children: ReactNode }) {
  const widths = { fit: "lg:w-auto", text: "lg:w-32", date: "lg:w-36", wide: "col-span-2 sm:col-span-1 lg:w-40" };
  return (
    <div className={widths[size]}>
      <label htmlFor={htmlFor} className="mb-1 block text-xs font-medium text-muted">
        {label}
      </label>
      {children}
    </div>
  );
}

export function FilterSelect({ label, name, value, options }: { label: string; name: string; value: string | undefined; options: { value: string; label: string }[] }) {
  const id = `filter-${name}`;
  return (
    <FilterField label={label} htmlFor={id} size="fit">
      <select id={id} name={name} defaultValue={value ?? ""} className={`${CONTROL} lg:w-auto`}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FilterField>
  );
}

export function FilterInput({ label, name, wide, ...input }: InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; wide?: boolean }) {
  const id = `filter-${name}`;
  return (
    <FilterField label={label} htmlFor={id} size={wide ? "wide" : input.type === "date" ? "date" : "text"}>
      <input id={id} name={name} className={CONTROL} {...input} />
    </FilterField>
  );
}

import { Children, type ReactNode } from "react";

/**
 * Small facts in a row ("By Mai · 3 days ago · edited"), separated by dots. Each dot travels
 * with the fact after it, so a wrapped line never ends on a dangling separator.
 */
export function MetaLine({ children, className = "" }: { children: ReactNode; className?: string }) {
  const items = Children.toArray(children).filter(Boolean);
  return (
    <p className={`flex flex-wrap items-baseline gap-x-1.5 gap-y-0.5 ${className}`}>
      {items.map((item, index) => (
        <span key={index} className="inline-flex items-baseline gap-x-1.5">
          {index > 0 && <span aria-hidden="true">·</span>}
          {item}
        </span>
      ))}
    </p>
  );
}

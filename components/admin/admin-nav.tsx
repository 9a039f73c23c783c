"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export interface AdminNavItem {
  href: string;
  label: string;
  /** Items waiting there (the queue, open appeals); shown as a small count. */
  count?: number;
}

/**
 * The admin sub-navigation. It wraps onto a second line on a phone rather than scrolling:
 * tables may scroll sideways, the chrome never does.
 */
export function AdminNav({ items }: { items: AdminNavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin">
      <ul className="-mx-2 flex flex-wrap gap-x-1 gap-y-1 text-sm font-medium">
        {items.map((item) => {
          const current = item.href === "/admin" ? pathname === "/admin" : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className="flex items-center gap-1.5 rounded-md px-2 py-1.5 text-muted transition-colors hover:bg-sunken hover:text-ink aria-[current=page]:bg-sunken aria-[current=page]:text-ink aria-[current=page]:ring-1 aria-[current=page]:ring-line-strong"
              >
                {item.label}
                {item.count ? (
                  <span className="rounded-full bg-accent px-1.5 text-[0.7rem] leading-4 font-semibold text-on-accent tabular-nums">
                    {item.count > 999 ? "999+" : item.count}
                    <span className="sr-only"> waiting</span>
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

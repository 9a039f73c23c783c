"use client";

import Link from "next/link";
import { usePublicPathname } from "@/components/layout/use-public-pathname";
import type { ReactNode } from "react";

const BASE = "block rounded-md px-2 py-2 transition-colors sm:px-3 hover:bg-sunken hover:text-ink";
const ACTIVE = "text-ink underline decoration-accent decoration-2 underline-offset-[6px]";

/**
 * A main-navigation link that shows where you are: `aria-current="page"` on its own page,
 * `aria-current="true"` anywhere inside its section (a film under Films).
 */
export function NavLink({ href, exact = false, children }: { href: string; exact?: boolean; children: ReactNode }) {
  const pathname = usePublicPathname();
  const onPage = pathname === href;
  const inSection = !exact && pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={onPage ? "page" : inSection ? "true" : undefined}
      className={`${BASE} ${onPage || inSection ? ACTIVE : "text-muted"}`}
    >
      {children}
    </Link>
  );
}

import Link from "next/link";
import type { ReactNode } from "react";

/** An inline text link in the accent colour, for "Create an account" and the like. */
export function AuthLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="rounded-sm font-medium text-accent-text underline underline-offset-4 hover:decoration-2">
      {children}
    </Link>
  );
}

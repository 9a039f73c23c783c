"use client";

import Link from "next/link";
import { usePublicPathname } from "@/components/layout/use-public-pathname";
import { signInHref, signUpHref } from "./auth-links";

/** The signed-out end of the header: both links bring the visitor back to this page afterwards. */
export function HeaderAuthLinks() {
  const pathname = usePublicPathname();
  return (
    <div className="flex items-center gap-1 text-sm font-medium whitespace-nowrap sm:gap-2">
      <Link href={signInHref(pathname)} className="rounded-md px-2 py-2 text-ink transition-colors hover:bg-sunken sm:px-3">
        Sign in
      </Link>
      <Link
        href={signUpHref(pathname)}
        className="rounded-lg bg-accent px-3 py-1.5 text-on-accent transition-colors hover:bg-accent-hover"
      >
        Sign up
      </Link>
    </div>
  );
}

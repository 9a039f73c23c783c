import Link from "next/link";
import type { ReactNode } from "react";

const STRETCHED =
  "after:absolute after:inset-y-0 after:-inset-x-3 after:content-[''] group-hover:underline group-hover:decoration-star group-hover:decoration-2 group-hover:underline-offset-4 focus-visible:outline-none focus-visible:after:rounded-lg focus-visible:after:outline-2 focus-visible:after:outline-focus";

/**
 * A card's title link, stretched over the whole card (its nearest `relative group` ancestor)
 * so the card is one click target; other links in the card need `relative z-10`.
 */
export function StretchedLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className={STRETCHED}>
      {children}
    </Link>
  );
}

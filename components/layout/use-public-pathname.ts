"use client";

import { usePathname } from "next/navigation";
import { publicPathname } from "@/lib/page-cache/shared-routes";

/**
 * usePathname, except that a page rendered for the page cache reports the public address it
 * is served at (/reviews/x, not /shared/guest/review/x/-), so server and browser render the same links.
 */
export function usePublicPathname(): string {
  return publicPathname(usePathname());
}

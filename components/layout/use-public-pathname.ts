"use client";

import { usePathname } from "next/navigation";
import { publicPathname } from "@/lib/cache/guest-routes";

/**
 * usePathname, except that a page rendered for the guest cache reports the public address it
 * is served at (/reviews/x, not /guest/review/x/-), so server and browser render the same links.
 */
export function usePublicPathname(): string {
  return publicPathname(usePathname());
}

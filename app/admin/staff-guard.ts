import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import { hasRole } from "@/lib/permissions";
import type { SearchParams } from "@/lib/queries/admin/search-params";
import { getCurrentUser, type CurrentUser } from "@/lib/session";

/** The page's own address, query included, to come back to after signing in. */
function returnPath(path: string, query?: SearchParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) search.append(key, item);
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * Every admin page calls this first, with its own path (layouts don't re-run on client-side
 * navigation, so a layout's check alone is not enough). Signed out: off to sign in, and back
 * here afterwards. Signed in without the role, or banned: the page does not exist.
 */
export async function requireStaffPage(path: string, minimum: Role = "MODERATOR", query?: SearchParams): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnPath(path, query))}`);
  if (user.isBanned || !hasRole(user.role, minimum)) notFound();
  return user;
}

import { db } from "@/lib/db";
import { sessionClaimFrom } from "@/lib/session-cookie";
import { signedInMember, type SessionClaim } from "@/lib/users/sessions";
import { hasSessionCookie, type Audience, type SharedRoute } from "./shared-routes";

/** Which shared page serves a request, or "live" when only a render for this reader will do. */
export type PageAudience = Audience | "live";

/**
 * Whether the shared member page of a review can stand in for this member's own: it shows only
 * published content, so it can't when the review isn't published (its author, or staff, may
 * still see it), when the member has held or hidden comments on it (shown to them alone, with
 * the reason), or when they are suspended or must still confirm their address (they get no
 * forms, and are told why). A session that no longer holds (ended, expired, or its account
 * deleted) is a signed-out reader.
 */
export async function reviewAudienceFor(claim: SessionClaim, reviewId: string): Promise<PageAudience> {
  const now = new Date();
  const [row] = await db.$queryRaw<{ suspended: boolean; mustVerifyEmail: boolean; published: boolean | null; ownUnpublished: boolean }[]>`
    SELECT (u."bannedAt" IS NOT NULL AND (u."bannedUntil" IS NULL OR u."bannedUntil" > ${now})) AS "suspended",
           (u."emailVerified" IS NULL AND coalesce((SELECT s."value" = 'true'::jsonb FROM "Setting" s WHERE s."key" = 'requireVerifiedEmail'), false)) AS "mustVerifyEmail",
           (SELECT r."state" = 'PUBLISHED' FROM "Review" r WHERE r."id" = ${reviewId}) AS "published",
           EXISTS (SELECT 1 FROM "Comment" c
                   WHERE c."authorId" = u."id" AND c."reviewId" = ${reviewId} AND c."state" IN ('PENDING', 'HIDDEN')) AS "ownUnpublished"
    FROM (${signedInMember(claim, now)}) u`;
  if (!row) return "guest";
  if (row.suspended || row.mustVerifyEmail || row.published !== true || row.ownUnpublished) return "live";
  return "member";
}

/**
 * Who a request for a shared route is rendered for. No session cookie, or one that doesn't
 * decrypt to a member (expired, forged, from another secret): the guest page. A member: the
 * member page, which holds nothing personal; on review pages only after the check above. While
 * the database doesn't answer (`databaseUp: false`) that check is skipped: a member gets the
 * member page as the cache holds it, and the actions on it say they can't be done.
 */
export async function pageAudienceFor(
  route: SharedRoute,
  requestHeaders: Headers,
  cookieNames: Iterable<string>,
  { databaseUp = true }: { databaseUp?: boolean } = {},
): Promise<PageAudience> {
  if (!hasSessionCookie(cookieNames)) return "guest";
  const claim = await sessionClaimFrom(requestHeaders);
  if (!claim) return "guest";
  if (route.kind === "review" && databaseUp) return reviewAudienceFor(claim, decodeURIComponent(route.key!));
  return "member";
}

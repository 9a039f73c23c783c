import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ContentState } from "@/lib/generated/prisma/enums";
import { isStaff } from "@/lib/permissions";
import type { CurrentUser } from "@/lib/session";
import { settingsFromRows } from "@/lib/settings";
import { isBanned } from "@/lib/users/ban";
import { signedInMember, type SessionClaim } from "@/lib/users/sessions";
import type { ViewerLayer, ViewerLayerScope } from "@/lib/page-cache/viewer-layer";
import { isFilmSlug, isRecordId } from "@/lib/queries/route-params";

/** The longest edit window the settings allow (lib/validations/settings.ts): older comments are never editable. */
const MAX_EDIT_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The member's own columns, as the current user has them, and the page's. */
interface LayerRow extends Pick<CurrentUser, "handle" | "name" | "role" | "bannedAt" | "bannedUntil" | "banReason"> {
  unread: number;
  /** The member hasn't confirmed their address while the site requires it to post. */
  mustVerifyEmail: boolean;
  ownsReview: boolean | null;
  markedHelpful: boolean;
  ownComments: string[] | null;
  upvotedComments: string[] | null;
  recentOwnComments: { id: string; body: string; createdAtMs: number }[] | null;
  editWindowSetting: unknown;
  ownFilmReview: { id: string; state: ContentState } | null;
}

/** The review-page columns, or nulls: a scope reads only what it needs. */
function reviewColumns(reviewId: string | null, now: Date): Prisma.Sql {
  if (!reviewId) return Prisma.sql`NULL::boolean AS "ownsReview", false AS "markedHelpful", NULL::text[] AS "ownComments",
    NULL::text[] AS "upvotedComments", NULL::json AS "recentOwnComments", NULL::jsonb AS "editWindowSetting"`;
  return Prisma.sql`
    (SELECT r."authorId" = me."id" FROM "Review" r WHERE r."id" = ${reviewId}) AS "ownsReview",
    EXISTS (SELECT 1 FROM "Vote" v WHERE v."userId" = me."id" AND v."reviewId" = ${reviewId}) AS "markedHelpful",
    ARRAY(SELECT c."id" FROM "Comment" c WHERE c."authorId" = me."id" AND c."reviewId" = ${reviewId}) AS "ownComments",
    ARRAY(SELECT v."commentId" FROM "Vote" v JOIN "Comment" c ON c."id" = v."commentId"
          WHERE v."userId" = me."id" AND c."reviewId" = ${reviewId}) AS "upvotedComments",
    (SELECT json_agg(json_build_object('id', c."id", 'body', c."body", 'createdAtMs', floor(EXTRACT(EPOCH FROM c."createdAt") * 1000)))
       FROM "Comment" c
      WHERE c."authorId" = me."id" AND c."reviewId" = ${reviewId} AND c."state" IN ('PUBLISHED', 'PENDING')
        AND c."createdAt" > ${new Date(now.getTime() - MAX_EDIT_WINDOW_MS)}) AS "recentOwnComments",
    (SELECT s."value" FROM "Setting" s WHERE s."key" = 'editWindowMinutes') AS "editWindowSetting"`;
}

function filmColumns(filmSlug: string | null): Prisma.Sql {
  if (!filmSlug) return Prisma.sql`NULL::json AS "ownFilmReview"`;
  return Prisma.sql`
    (SELECT json_build_object('id', r."id", 'state', r."state")
       FROM "Review" r JOIN "Film" f ON f."id" = r."filmId"
      WHERE f."slug" = ${filmSlug} AND r."authorId" = me."id" AND r."state" <> 'DELETED') AS "ownFilmReview"`;
}

/**
 * Everything personal a shared member page leaves out (and a live render hands over with its
 * page, lib/page-cache/page-viewer.ts), for this member only, in one SQL statement: who they are (with the
 * header's unread count), and for a review page their review, votes and comments on it, or for
 * a film page their review of it. No account when the session no longer holds (ended, expired,
 * or the account deleted).
 */
export async function getViewerLayer(claim: SessionClaim, scope: ViewerLayerScope, now = new Date()): Promise<ViewerLayer> {
  const reviewId = scope.kind === "review" && isRecordId(scope.id) ? scope.id : null;
  const filmSlug = scope.kind === "film" && isFilmSlug(scope.slug) ? scope.slug : null;
  const [row] = await db.$queryRaw<LayerRow[]>`
    WITH me AS (${signedInMember(claim, now)})
    SELECT me."handle", me."name", me."role", me."bannedAt", me."bannedUntil", me."banReason",
           (SELECT COUNT(*)::int FROM "Notification" n WHERE n."userId" = me."id" AND n."readAt" IS NULL) AS "unread",
           (me."emailVerified" IS NULL AND coalesce((SELECT s."value" = 'true'::jsonb FROM "Setting" s WHERE s."key" = 'requireVerifiedEmail'), false)) AS "mustVerifyEmail",
           ${reviewColumns(reviewId, now)},
           ${filmColumns(filmSlug)}
    FROM me`;
  if (!row) return { account: null };

  const account = {
    handle: row.handle,
    displayName: row.name?.trim() || row.handle,
    isStaff: isStaff(row.role),
    unreadNotifications: row.unread,
    mustVerifyEmail: row.mustVerifyEmail,
    suspension: isBanned(row, now) ? { until: row.bannedUntil?.toISOString() ?? null, reason: row.banReason } : null,
  };
  const layer: ViewerLayer = { account };
  if (reviewId) {
    const { editWindowMinutes } = settingsFromRows(row.editWindowSetting === null ? [] : [{ key: "editWindowMinutes", value: row.editWindowSetting }]);
    const editableSince = now.getTime() - editWindowMinutes * 60_000;
    const editable = (row.recentOwnComments ?? []).filter((comment) => comment.createdAtMs > editableSince);
    layer.review = {
      reviewId,
      isOwnReview: row.ownsReview === true,
      markedHelpful: row.markedHelpful,
      ownComments: row.ownComments ?? [],
      upvotedComments: row.upvotedComments ?? [],
      editableComments: Object.fromEntries(editable.map((comment) => [comment.id, comment.body])),
    };
  }
  if (filmSlug) {
    const own = row.ownFilmReview;
    layer.film = { filmSlug, ownReview: own && own.state !== "DELETED" ? { id: own.id, state: own.state } : null };
  }
  return layer;
}

import { db } from "@/lib/db";
import { DUPLICATE_WINDOW_MINUTES } from "@/lib/comments/spam-guards";
import { settingsFromRows, type Settings } from "@/lib/settings";

/** Everything posting a comment checks in the database, read in one statement. */
export interface PostingContext {
  /** The review, if it is published (only published reviews take comments). */
  review: { id: string; authorId: string | null } | null;
  /** The parent, if one was named and it is a published comment on this same review. */
  parent: { id: string; rootId: string | null; depth: number; authorId: string | null } | null;
  /** The author posted the same text within the last few minutes: a double post or spam. */
  isDuplicate: boolean;
  /** The author has a published comment already (first comments may be held). */
  hasPublished: boolean;
  /** The site's settings (hold rules, reply depth). */
  settings: Settings;
}

interface Row {
  reviewId: string | null;
  reviewAuthorId: string | null;
  parentId: string | null;
  parentRootId: string | null;
  parentDepth: number | null;
  parentAuthorId: string | null;
  isDuplicate: boolean;
  hasPublished: boolean;
  settingRows: { key: string; value: unknown }[];
}

export async function readPostingContext(input: { authorId: string; reviewId: string; parentId: string | null; body: string }): Promise<PostingContext> {
  const { authorId, reviewId, parentId, body } = input;
  const duplicatesSince = new Date(Date.now() - DUPLICATE_WINDOW_MINUTES * 60_000);
  const [row] = await db.$queryRaw<Row[]>`
    SELECT r."id" AS "reviewId", r."authorId" AS "reviewAuthorId",
           p."id" AS "parentId", p."rootId" AS "parentRootId", p."depth" AS "parentDepth", p."authorId" AS "parentAuthorId",
           EXISTS (SELECT 1 FROM "Comment" c WHERE c."authorId" = ${authorId} AND c."body" = ${body}
                     AND c."createdAt" >= ${duplicatesSince} AND c."state" <> 'DELETED') AS "isDuplicate",
           EXISTS (SELECT 1 FROM "Comment" c WHERE c."authorId" = ${authorId} AND c."state" = 'PUBLISHED') AS "hasPublished",
           (SELECT coalesce(json_agg(json_build_object('key', s."key", 'value', s."value")), '[]') FROM "Setting" s) AS "settingRows"
    FROM (SELECT 1) AS "always"
    LEFT JOIN "Review" r ON r."id" = ${reviewId} AND r."state" = 'PUBLISHED'
    LEFT JOIN "Comment" p ON p."id" = ${parentId} AND p."reviewId" = ${reviewId} AND p."state" = 'PUBLISHED'`;
  const found = row!;
  return {
    review: found.reviewId ? { id: found.reviewId, authorId: found.reviewAuthorId } : null,
    parent: found.parentId ? { id: found.parentId, rootId: found.parentRootId, depth: found.parentDepth!, authorId: found.parentAuthorId } : null,
    isDuplicate: found.isDuplicate,
    hasPublished: found.hasPublished,
    settings: settingsFromRows(found.settingRows),
  };
}

import "server-only";
import { cache } from "react";
import { db, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ContentState } from "@/lib/generated/prisma/enums";
import { THREADS_PER_PAGE, type CommentSort } from "@/lib/comments/thread-params";
import { readableThread, type CommentPlaceholder, type ThreadEntry, type ThreadEntryNode } from "@/lib/comments/thread-view";
import type { Credit } from "@/lib/format/credit";
import { sourceCreditSelect, toCredit, userCreditSelect } from "./credit-select";
import { pageCountFor } from "./paging";
import { isRecordId } from "./route-params";
import { wordpressCommentId } from "@/lib/wordpress/source-keys";

// A review's discussion is read in a fixed number of SQL statements, however many comments
// it has: one for the page of top-level threads (with the totals), one flat query for every
// reply in those threads, then the tree is built in memory (lib/comments/thread-view.ts).
// Visibility is decided in SQL, so a body or an author the reader may not see never leaves
// the database.

export interface ThreadPage {
  threads: ThreadEntryNode[];
  sort: CommentSort;
  page: number;
  pageCount: number;
  /** Top-level threads the reader can see, on every page. */
  threadCount: number;
  /** Published comments on the review, replies included. */
  commentCount: number;
}

interface CommentRow {
  id: string;
  parentId: string | null;
  state: ContentState;
  readable: boolean;
  body: string | null;
  createdAt: Date;
  editedAt: Date | null;
  upvoteCount: number;
  ownReason: string | null;
  authorHandle: string | null;
  authorName: string | null;
  authorDeletedAt: Date | null;
  sourceName: string | null;
  /** For a hidden comment shown as a placeholder: whether reports hid it, not a moderator. */
  hiddenByReports: boolean | null;
  sourceKey: string | null;
}

/** Who may read comment `c`: everyone if published; its author while pending or hidden. */
function readableBy(viewerId: string | null, alias: "c" | "d" = "c"): Prisma.Sql {
  const t = Prisma.raw(alias);
  return Prisma.sql`(${t}."state" = 'PUBLISHED' OR (${t}."authorId" = ${viewerId} AND ${t}."state" IN ('PENDING', 'HIDDEN')))`;
}

/** The columns of one comment as `CommentRow`, with body and author only where readable. */
function commentColumns(viewerId: string | null): Prisma.Sql {
  const readable = readableBy(viewerId);
  return Prisma.sql`
    c."id", c."parentId", c."state", c."createdAt", c."upvoteCount",
    ${readable} AS "readable",
    CASE WHEN ${readable} THEN c."body" END AS "body",
    CASE WHEN ${readable} THEN c."editedAt" END AS "editedAt",
    CASE WHEN c."authorId" = ${viewerId} THEN c."stateReason" END AS "ownReason",
    u."handle" AS "authorHandle", u."name" AS "authorName", u."deletedAt" AS "authorDeletedAt",
    s."name" AS "sourceName",
    CASE WHEN c."state" = 'HIDDEN' THEN (
      SELECT m."action" = 'comment.auto-hide' FROM "ModerationAction" m
      WHERE m."targetType" = 'COMMENT' AND m."targetId" = c."id" AND m."undoneAt" IS NULL AND m."action" IN ('comment.hide', 'comment.auto-hide')
      ORDER BY m."createdAt" DESC LIMIT 1
    ) END AS "hiddenByReports",
    CASE WHEN ${readable} THEN c."sourceKey" END AS "sourceKey"`;
}

/** Why a comment nobody may read is gone, in the words its placeholder uses. */
function removedBy(row: CommentRow): CommentPlaceholder["removedBy"] {
  if (row.state === "DELETED") return "author";
  if (row.state === "PENDING") return "held";
  return row.hiddenByReports ? "reports" : "moderator";
}

/** Authors are joined only for readable comments: a placeholder carries nobody's name. */
function authorJoins(viewerId: string | null): Prisma.Sql {
  const readable = readableBy(viewerId);
  return Prisma.sql`
    LEFT JOIN "User" u ON u."id" = c."authorId" AND ${readable}
    LEFT JOIN "SourceAuthor" s ON s."id" = c."sourceAuthorId" AND ${readable}`;
}

const ROOT_ORDER: Record<CommentSort, Prisma.Sql> = {
  oldest: Prisma.sql`r."createdAt" ASC, r."id" ASC`,
  newest: Prisma.sql`r."createdAt" DESC, r."id" DESC`,
  top: Prisma.sql`r."upvoteCount" DESC, r."createdAt" ASC, r."id" ASC`,
};

function toEntry(row: CommentRow): ThreadEntry {
  if (!row.readable || row.body === null) {
    return { kind: "placeholder", id: row.id, parentId: row.parentId, removedBy: removedBy(row) };
  }
  const author = row.authorHandle === null ? null : { handle: row.authorHandle, name: row.authorName, deletedAt: row.authorDeletedAt };
  const source = author ? null : { name: row.sourceName, bio: null, url: null };
  return {
    kind: "comment",
    id: row.id,
    parentId: row.parentId,
    body: row.body,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    upvoteCount: row.upvoteCount,
    credit: toCredit(author, source),
    status: row.state === "PENDING" ? "held" : row.state === "HIDDEN" ? "hidden" : "published",
    statusReason: row.state === "PUBLISHED" ? null : row.ownReason,
    wordpressId: wordpressCommentId(row.sourceKey),
  };
}

interface RootRow extends CommentRow {
  threadCount: number;
  commentCount: number;
}

/**
 * Query 1: one page of top-level comments in the chosen order, with the totals. A root the
 * reader can't read still counts when something below it is readable (it shows as a
 * placeholder). The LEFT JOIN LATERAL returns the totals even for a page past the end.
 *
 * The readable roots and the unreadable ones with a readable reply are two branches, so the
 * reply lookup runs only for the few unreadable roots, through the (reviewId, rootId) index.
 * (As one `readable OR EXISTS (…)` condition, PostgreSQL hashed the whole Comment table, every
 * review's, on each page view.)
 */
function rootPageQuery(client: Db, reviewId: string, viewerId: string | null, sort: CommentSort, page: number) {
  const offset = (page - 1) * THREADS_PER_PAGE;
  return client.$queryRaw<(RootRow | (Pick<RootRow, "threadCount" | "commentCount"> & { id: null }))[]>`
    WITH roots AS (
      SELECT c."id", c."createdAt", c."upvoteCount" FROM "Comment" c
      WHERE c."reviewId" = ${reviewId} AND c."parentId" IS NULL AND ${readableBy(viewerId)}
      UNION ALL
      SELECT c."id", c."createdAt", c."upvoteCount" FROM "Comment" c
      WHERE c."reviewId" = ${reviewId} AND c."parentId" IS NULL AND ${readableBy(viewerId)} IS NOT TRUE
        AND EXISTS (SELECT 1 FROM "Comment" d WHERE d."reviewId" = ${reviewId} AND d."rootId" = c."id" AND ${readableBy(viewerId, "d")})
    ), page AS (
      SELECT r."id", ROW_NUMBER() OVER (ORDER BY ${ROOT_ORDER[sort]}) AS "position"
      FROM roots r ORDER BY ${ROOT_ORDER[sort]} LIMIT ${THREADS_PER_PAGE} OFFSET ${offset}
    )
    SELECT totals.*, shown.* FROM (
      SELECT (SELECT COUNT(*)::int FROM roots) AS "threadCount",
             (SELECT COUNT(*)::int FROM "Comment" WHERE "reviewId" = ${reviewId} AND "state" = 'PUBLISHED') AS "commentCount"
    ) totals
    LEFT JOIN LATERAL (
      SELECT ${commentColumns(viewerId)}, page."position"
      FROM page JOIN "Comment" c ON c."id" = page."id" ${authorJoins(viewerId)}
    ) shown ON true
    ORDER BY shown."position"`;
}

/** Query 2: every reply in the given threads, oldest first, flat. */
function threadRepliesQuery(client: Db, reviewId: string, viewerId: string | null, rootIds: string[]) {
  return client.$queryRaw<CommentRow[]>`
    SELECT ${commentColumns(viewerId)}
    FROM "Comment" c ${authorJoins(viewerId)}
    WHERE c."reviewId" = ${reviewId} AND c."rootId" = ANY(${rootIds}::text[])
    ORDER BY c."createdAt" ASC, c."id" ASC`;
}

export interface ThreadRequest {
  reviewId: string;
  sort: CommentSort;
  page: number;
  /** The signed-in reader, who also sees their own held and hidden comments. */
  viewerId: string | null;
}

/**
 * One page of a review's discussion as a tree, in two SQL statements whatever its size.
 * `client` is the app's database unless a caller (a test counting queries) brings its own.
 */
export async function getReviewThreadPage(request: ThreadRequest, client: Db = db): Promise<ThreadPage> {
  const { reviewId, viewerId, sort, page } = request;
  const empty: ThreadPage = { threads: [], sort, page, pageCount: 1, threadCount: 0, commentCount: 0 };
  if (!isRecordId(reviewId)) return empty;

  const rows = await rootPageQuery(client, reviewId, viewerId, sort, page);
  const totals = rows[0];
  const roots = rows.filter((row): row is RootRow => row.id !== null);
  const replies = roots.length ? await threadRepliesQuery(client, reviewId, viewerId, roots.map((root) => root.id)) : [];

  const threadCount = totals?.threadCount ?? 0;
  return {
    ...empty,
    // Roots first, in the page's order; buildThread keeps that order for top-level threads.
    threads: readableThread([...roots, ...replies].map(toEntry)),
    pageCount: pageCountFor(threadCount, THREADS_PER_PAGE),
    threadCount,
    commentCount: totals?.commentCount ?? 0,
  };
}

/**
 * A comment and everything below it, for its own page ("continue this thread" and
 * permalinks): one recursive query, then the same tree building. Null when the reader can
 * see neither the comment nor anything below it.
 */
export async function getCommentSubtree(commentId: string, viewerId: string | null, client: Db = db): Promise<ThreadEntryNode | null> {
  if (!isRecordId(commentId)) return null;
  const rows = await client.$queryRaw<CommentRow[]>`
    WITH RECURSIVE subtree AS (
      SELECT "id" FROM "Comment" WHERE "id" = ${commentId}
      UNION ALL
      SELECT child."id" FROM "Comment" child JOIN subtree ON child."parentId" = subtree."id"
    )
    SELECT ${commentColumns(viewerId)}
    FROM subtree JOIN "Comment" c ON c."id" = subtree."id" ${authorJoins(viewerId)}
    ORDER BY c."createdAt" ASC, c."id" ASC`;
  // The focused comment's parent is not in the list, so it comes out as the one top-level node.
  const [focus] = readableThread(rows.map(toEntry)).filter((node) => node.id === commentId);
  return focus ?? null;
}

export interface CommentLocation {
  id: string;
  reviewId: string;
  parentId: string | null;
  /** The parent's author, when the parent is published; null for a top-level comment or a removed parent. */
  parentCredit: Credit | null;
}

/** Where a comment sits (its review and parent), for its own page. Cached per request. */
export const getCommentLocation = cache(async (commentId: string): Promise<CommentLocation | null> => {
  if (!isRecordId(commentId)) return null;
  const row = await db.comment.findUnique({
    where: { id: commentId },
    select: {
      id: true,
      reviewId: true,
      parentId: true,
      parent: { select: { state: true, author: { select: userCreditSelect }, sourceAuthor: { select: sourceCreditSelect } } },
    },
  });
  if (!row) return null;
  const parent = row.parent?.state === "PUBLISHED" ? row.parent : null;
  return { id: row.id, reviewId: row.reviewId, parentId: row.parentId, parentCredit: parent ? toCredit(parent.author, parent.sourceAuthor) : null };
});

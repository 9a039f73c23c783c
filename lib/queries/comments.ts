import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildThread, type ThreadNode } from "@/lib/comments/build-thread";
import type { Credit } from "@/lib/format/credit";
import { sourceCreditSelect, toCredit, userCreditSelect } from "./credit-select";
import { isRecordId } from "./route-params";

export interface CommentView {
  id: string;
  parentId: string | null;
  depth: number;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  upvoteCount: number;
  credit: Credit;
}

export type CommentNode = ThreadNode<CommentView>;

const commentSelect = {
  id: true,
  parentId: true,
  depth: true,
  body: true,
  createdAt: true,
  editedAt: true,
  upvoteCount: true,
  author: { select: userCreditSelect },
  sourceAuthor: { select: sourceCreditSelect },
} satisfies Prisma.CommentSelect;

/** A safety cap until top-level threads are paged (50 threads a page, in a later issue). */
const THREAD_COMMENT_LIMIT = 2000;

/**
 * A review's published comments as a tree: ONE flat query, oldest first, then `buildThread`
 * in memory. Replies whose parent is not published surface at the top level (see buildThread).
 */
export async function getReviewCommentThread(reviewId: string): Promise<CommentNode[]> {
  if (!isRecordId(reviewId)) return [];
  const rows = await db.comment.findMany({
    where: { reviewId, state: "PUBLISHED" },
    select: commentSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: THREAD_COMMENT_LIMIT,
  });
  return buildThread(
    rows.map(({ author, sourceAuthor, ...comment }) => ({ ...comment, credit: toCredit(author, sourceAuthor) })),
  );
}

import "server-only";
import { db } from "@/lib/db";
import type { ContentState } from "@/lib/generated/prisma/enums";
import type { Credit } from "@/lib/format/credit";
import { sourceCreditSelect, toCredit, userCreditSelect } from "../credit-select";
import type { QueueItem } from "./queue";

// What a moderator needs around each queue item, fetched for a whole page at once (a fixed
// number of queries per page, never one per row).

export interface ThreadSnippet {
  id: string;
  body: string;
  state: ContentState;
  createdAt: Date;
  credit: Credit;
}

/** A comment's place in its thread: what it replies to, and the first replies to it. */
export interface CommentContext {
  parent: ThreadSnippet | null;
  replies: ThreadSnippet[];
}

export interface QueueExtras {
  contexts: Map<string, CommentContext>;
  /** Items hidden automatically by reports, and not yet reviewed. */
  autoHidden: Set<string>;
  /** Items whose author has an open appeal. */
  appealed: Set<string>;
}

const REPLIES_SHOWN = 3;
const snippetSelect = {
  id: true,
  body: true,
  state: true,
  createdAt: true,
  parentId: true,
  author: { select: userCreditSelect },
  sourceAuthor: { select: sourceCreditSelect },
} as const;

export async function getQueueExtras(items: readonly QueueItem[]): Promise<QueueExtras> {
  const comments = items.filter((item) => item.kind === "COMMENT");
  const commentIds = comments.map((item) => item.id);
  const parentIds = comments.flatMap((item) => (item.parentId ? [item.parentId] : []));
  const ids = items.map((item) => item.id);

  const [parents, replies, autoHides, appeals] = await Promise.all([
    parentIds.length ? db.comment.findMany({ where: { id: { in: parentIds } }, select: snippetSelect }) : [],
    commentIds.length
      ? db.comment.findMany({ where: { parentId: { in: commentIds } }, select: snippetSelect, orderBy: { createdAt: "asc" }, take: commentIds.length * 20 })
      : [],
    ids.length
      ? db.moderationAction.findMany({
          where: { targetId: { in: ids }, action: { in: ["review.auto-hide", "comment.auto-hide"] }, undoneAt: null },
          select: { targetId: true },
        })
      : [],
    ids.length
      ? db.appeal.findMany({ where: { status: "OPEN", OR: [{ reviewId: { in: ids } }, { commentId: { in: ids } }] }, select: { reviewId: true, commentId: true } })
      : [],
  ]);

  const toSnippet = ({ author, sourceAuthor, parentId: _parentId, ...rest }: (typeof parents)[number]): ThreadSnippet => ({
    ...rest,
    credit: toCredit(author, sourceAuthor),
  });
  const parentById = new Map(parents.map((row) => [row.id, toSnippet(row)]));
  const contexts = new Map<string, CommentContext>();
  for (const item of comments) {
    const own = replies.filter((reply) => reply.parentId === item.id).slice(0, REPLIES_SHOWN);
    contexts.set(item.id, { parent: item.parentId ? (parentById.get(item.parentId) ?? null) : null, replies: own.map(toSnippet) });
  }

  // A HIDDEN item whose auto-hide is still in force (its state may have moved on since).
  const autoHidden = new Set(
    autoHides.map((action) => action.targetId).filter((id) => items.some((item) => item.id === id && item.state === "HIDDEN")),
  );
  const appealed = new Set(appeals.flatMap((appeal) => [appeal.reviewId, appeal.commentId].filter((id): id is string => Boolean(id))));
  return { contexts, autoHidden, appealed };
}

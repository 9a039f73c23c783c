// What a reader's thread holds once visibility is applied: comments they may read, and
// placeholders that keep a conversation's shape where a comment was deleted or removed.
import type { Credit } from "@/lib/format/credit";
import { buildThread, type ThreadNode } from "./build-thread";

/**
 * Why a readable comment reads the way it does. Everyone sees "published"; "held" (pending)
 * and "hidden" are only ever shown to the comment's own author, with the reason.
 */
export type CommentStatus = "published" | "held" | "hidden";

export interface ShownComment {
  kind: "comment";
  id: string;
  parentId: string | null;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  upvoteCount: number;
  credit: Credit;
  status: CommentStatus;
  /** The hold or moderation reason, for the author's eyes only (null for everyone else). */
  statusReason: string | null;
  /** Its id on the WordPress blog it was imported from (its old `#comment-<id>` anchor), else null. */
  wordpressId: number | null;
}

/** A comment nobody may read that still has readable replies: no body, no author. */
export interface CommentPlaceholder {
  kind: "placeholder";
  id: string;
  parentId: string | null;
  /**
   * "author": deleted ("[deleted]"); "moderator": hidden by a moderator; "reports": hidden
   * automatically after readers' reports; "held": waiting for a moderator after an edit.
   */
  removedBy: "author" | "moderator" | "reports" | "held";
}

export type ThreadEntry = ShownComment | CommentPlaceholder;
export type ThreadEntryNode = ThreadNode<ThreadEntry>;

/**
 * Drops every placeholder with nothing readable below it, bottom-up: a deleted comment stays
 * as "[deleted]" only while it has replies someone can read.
 */
export function pruneUnreadable(nodes: readonly ThreadEntryNode[]): ThreadEntryNode[] {
  const kept: ThreadEntryNode[] = [];
  for (const node of nodes) {
    const replies = pruneUnreadable(node.replies);
    if (node.kind === "comment" || replies.length > 0) kept.push({ ...node, replies });
  }
  return kept;
}

/** A flat, ordered list of entries → the readable tree (one pass to build, one to prune). */
export function readableThread(entries: readonly ThreadEntry[]): ThreadEntryNode[] {
  return pruneUnreadable(buildThread(entries));
}

import { countReplies } from "@/lib/comments/build-thread";
import type { ShownComment, ThreadEntryNode } from "@/lib/comments/thread-view";
import { creditName, creditProfilePath } from "@/lib/format/credit";
import { formatRelativeTime } from "@/lib/format/dates";
import { renderedMarkdown } from "@/lib/markdown";
import type { CommentData, ThreadNodeData, ThreadSettings, TimeData } from "./thread-data";
import type { ThreadContext } from "./thread-context";
import { ThreadView } from "./thread-view";

function timeData(date: Date, now: Date): TimeData {
  // Milliseconds mean nothing to a reader and are the same 5 bytes on every comment.
  const at = `${date.toISOString().slice(0, 19)}Z`;
  return { at, ago: formatRelativeTime(date, now) };
}

/**
 * One readable comment as data, the same for every reader who may read it: whether it is the
 * reader's own, upvoted or editable comes from the viewer layer (usePersonalComment). What the
 * reader may do with it follows from these facts and the viewer (see CommentArticle); the server
 * checks every action again.
 */
function commentData(comment: ShownComment, context: ThreadContext): CommentData {
  const profile = creditProfilePath(comment.credit);
  return {
    id: comment.id,
    author: creditName(comment.credit),
    ...(profile && { profile }),
    // The seed's imported comments were written at a date their source does not give; a
    // WordPress export gives each comment's date.
    ...((comment.credit.kind !== "source" || comment.wordpressId !== null) && { time: timeData(comment.createdAt, context.now) }),
    ...(comment.wordpressId !== null && { legacyAnchor: `comment-${comment.wordpressId}` }),
    ...(comment.editedAt && { edited: timeData(comment.editedAt, context.now) }),
    ...(comment.upvoteCount > 0 && { upvotes: comment.upvoteCount }),
    ...(comment.status !== "published" && { status: comment.status, ...(comment.statusReason && { reason: comment.statusReason }) }),
    body: renderedMarkdown(comment.body, "comment"), // CommentBody adds the wrapper
  };
}

/** A node and its replies; at the depth cap, only how many replies continue on its own page. */
function nodeData(node: ThreadEntryNode, level: number, context: ThreadContext): ThreadNodeData {
  const data: ThreadNodeData = node.kind === "comment" ? commentData(node, context) : { id: node.id, removedBy: node.removedBy };
  if (node.replies.length === 0) return data;
  if (level >= context.replyDepth) return { ...data, more: countReplies(node) };
  return { ...data, replies: node.replies.map((reply) => nodeData(reply, level + 1, context)) };
}

/**
 * Top-level threads as a list, each followed by its nested replies: the facts are gathered
 * here, on the server, and ThreadView renders them (see thread-data.ts for why).
 */
export function CommentThread({ threads, context }: { threads: readonly ThreadEntryNode[]; context: ThreadContext }) {
  const settings: ThreadSettings = {
    reviewId: context.reviewId,
    viewer: context.viewer,
    replyDepth: context.replyDepth,
    pagePath: context.pagePath,
    ...(context.focusedId && { focusedId: context.focusedId }),
  };
  return <ThreadView threads={threads.map((node) => nodeData(node, 0, context))} settings={settings} />;
}

// What the server sends the browser for a rendered thread (see CommentThread and ThreadView).
//
// A review page shows a few hundred comments, and everything a client component receives is
// written into the page's RSC payload. Rendered on the server, each comment would travel as a
// tree of elements with their attributes (~1 KB apiece); as data it is its facts alone, and
// ThreadView turns them into the same markup on the server and in the browser. So: only what
// the browser can't work out itself, optional keys left out rather than set to false or null,
// and every string that depends on the server's clock or locale formatted on the server.
import type { ReactNode } from "react";
import type { CommentPlaceholder } from "@/lib/comments/thread-view";
import type { DiscussionViewer } from "./thread-context";

/** Sent once per thread. */
export interface ThreadSettings {
  reviewId: string;
  viewer: DiscussionViewer;
  /** Deepest nesting shown inline (settings); deeper replies continue on their own page. */
  replyDepth: number;
  /** The page's path and query, so sign-in links bring the reader back to the same comment. */
  pagePath: string;
  /** The comment a permalink page is about: highlighted like a #c-<id> target. */
  focusedId?: string;
}

/** "Ada · 5 minutes ago": the time a comment was written or edited, formatted on the server. */
export interface TimeData {
  /** ISO 8601 to the second, for <time dateTime>. */
  at: string;
  /** "5 minutes ago" (relative to the page's one clock). The exact time on hover comes from `at`. */
  ago: string;
}

interface NodeData {
  id: string;
  /** Its replies, when it has any shown on this page. */
  replies?: ThreadNodeData[];
  /** At the depth cap: how many replies continue on the comment's own page (none sent here). */
  more?: number;
}

/** A comment the reader may read. */
export interface CommentData extends NodeData {
  /** The author's name as shown. */
  author: string;
  /** The author's profile page; absent for imported authors and deleted accounts. */
  profile?: string;
  /** When it was written; absent for the seed's imported comments, whose source gives no date. */
  time?: TimeData;
  /** `comment-<id>`: the anchor it had on the WordPress blog it was imported from, so old links land on it. */
  legacyAnchor?: string;
  edited?: TimeData;
  /** Upvotes, when there are any. */
  upvotes?: number;
  /** The reader upvoted it. This and `own` and `editable` come from the viewer layer (usePersonalComment), never with the thread. */
  upvoted?: true;
  /** The reader wrote it. */
  own?: true;
  /**
   * Absent for a published comment. Only its author sees a comment held for a moderator or
   * hidden by one, and why; it takes no replies or votes meanwhile.
   */
  status?: "held" | "hidden";
  reason?: string;
  /** The Markdown source, only for the reader's own comment while it may still be edited. */
  editable?: string;
  /** The body, rendered from Markdown on the server. */
  body: ReactNode;
}

/** Where a deleted or removed comment was, kept so its replies still read as replies. */
export interface PlaceholderData extends NodeData {
  removedBy: CommentPlaceholder["removedBy"];
}

export type ThreadNodeData = CommentData | PlaceholderData;

export function isPlaceholder(node: ThreadNodeData): node is PlaceholderData {
  return "removedBy" in node;
}

/** Number of comments below `node`, for "Collapse 12 replies" (those past the depth cap too). */
export function countReplies(node: ThreadNodeData): number {
  return (node.more ?? 0) + (node.replies ?? []).reduce((sum, reply) => sum + 1 + countReplies(reply), 0);
}

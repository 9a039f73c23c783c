// What every comment in a rendered thread needs to know besides itself, decided once per page.

/** A guest may read; a member may write; a suspended member reads and sees why not. */
export type DiscussionViewer = "guest" | "member" | "suspended";

export interface ThreadContext {
  reviewId: string;
  /** Deepest nesting shown inline (settings); deeper replies continue on their own page. */
  replyDepth: number;
  viewer: DiscussionViewer;
  /** The page's path and query, so sign-in links bring the reader back to the same comment. */
  pagePath: string;
  /** One clock for the whole thread, so relative times agree. */
  now: Date;
  /** The comment a permalink page is about: highlighted like a #c-<id> target. */
  focusedId?: string;
}

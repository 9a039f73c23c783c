import type { PlaceholderData } from "./thread-data";

// No moderator acted on a comment that reports hid or an edit held: the words don't say one did.
const TEXT = {
  author: "[deleted]",
  moderator: "[removed by a moderator]",
  reports: "[hidden after readers’ reports, until a moderator reviews it]",
  held: "[waiting for a moderator]",
} as const satisfies Record<PlaceholderData["removedBy"], string>;

/** Where a deleted or removed comment was, kept so its replies still read as replies. */
export function CommentPlaceholderView({ removedBy }: { removedBy: PlaceholderData["removedBy"] }) {
  return <p className="gone">{TEXT[removedBy]}</p>;
}

import type { PlaceholderData } from "./thread-data";

const TEXT = { author: "[deleted]", moderator: "[removed by a moderator]" } as const;

/** Where a deleted or removed comment was, kept so its replies still read as replies. */
export function CommentPlaceholderView({ removedBy }: { removedBy: PlaceholderData["removedBy"] }) {
  return <p className="gone">{TEXT[removedBy]}</p>;
}

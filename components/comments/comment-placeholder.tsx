import type { CommentPlaceholder } from "@/lib/comments/thread-view";
import { TARGET_HIGHLIGHT } from "./comment-article";

const TEXT = { author: "[deleted]", moderator: "[removed by a moderator]" } as const;

/** Where a deleted or removed comment was, kept so its replies still read as replies. */
export function CommentPlaceholderView({ placeholder }: { placeholder: CommentPlaceholder }) {
  return (
    <div className={`py-3 ${TARGET_HIGHLIGHT}`}>
      <p className="text-sm text-muted italic">{TEXT[placeholder.removedBy]}</p>
    </div>
  );
}

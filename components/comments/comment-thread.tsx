import type { CommentNode } from "@/lib/queries/comments";
import { EmptyState } from "@/components/ui/empty-state";
import { CommentItem } from "./comment-item";

/** A review's discussion, as a nested list. Read-only until comment forms arrive. */
export function CommentThread({ comments }: { comments: readonly CommentNode[] }) {
  if (comments.length === 0) {
    return <EmptyState title="No comments yet">Be the first to share what you thought.</EmptyState>;
  }
  // One clock for the whole thread, so "2 minutes ago" is consistent across comments.
  const now = new Date();
  return (
    <ol className="divide-y divide-line">
      {comments.map((comment) => (
        <CommentItem key={comment.id} comment={comment} now={now} />
      ))}
    </ol>
  );
}

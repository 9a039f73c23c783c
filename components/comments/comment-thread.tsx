import type { ThreadEntryNode } from "@/lib/comments/thread-view";
import { CommentItem } from "./comment-item";
import type { ThreadContext } from "./thread-context";

/** Top-level threads as a list, each followed by its nested replies. */
export function CommentThread({ threads, context }: { threads: readonly ThreadEntryNode[]; context: ThreadContext }) {
  return (
    <ol className="divide-y divide-line">
      {threads.map((node) => (
        <CommentItem key={node.id} node={node} level={0} context={context} />
      ))}
    </ol>
  );
}

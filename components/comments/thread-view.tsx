"use client";

import { CommentItem } from "./comment-item";
import type { ThreadNodeData, ThreadSettings } from "./thread-data";

/**
 * A rendered thread: rendered on the server like any client component (so it reads without
 * JavaScript), from the compact data CommentThread sends. `.thread` (app/globals.css) styles
 * everything inside, so the markup carries no class lists, icons or wrappers of its own.
 */
export function ThreadView({ threads, settings }: { threads: readonly ThreadNodeData[]; settings: ThreadSettings }) {
  return (
    <ol className="thread">
      {threads.map((node) => (
        <CommentItem key={node.id} node={node} level={0} settings={settings} />
      ))}
    </ol>
  );
}

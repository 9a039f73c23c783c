"use client";

import { useHydrated } from "@/components/ui/use-hydrated";
import { CommentItem } from "./comment-item";
import type { ThreadNodeData, ThreadSettings } from "./thread-data";

/**
 * A rendered thread: rendered on the server like any client component (so it reads without
 * JavaScript), from the compact data CommentThread sends. `.thread` (app/globals.css) styles
 * everything inside, so the markup carries no class lists, icons or wrappers of its own.
 */
export function ThreadView({ threads, settings }: { threads: readonly ThreadNodeData[]; settings: ThreadSettings }) {
  // A member's buttons need JavaScript to do anything, so the HTML leaves them out and they
  // appear once the page is hydrated (they are quiet until hovered or focused anyway). That
  // keeps a long thread's HTML as light for members as for readers.
  const interactive = useHydrated();
  return (
    <ol className="thread">
      {threads.map((node) => (
        <CommentItem key={node.id} node={node} level={0} settings={settings} interactive={interactive} />
      ))}
    </ol>
  );
}

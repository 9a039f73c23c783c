import type { ReactNode } from "react";

/**
 * A comment's rendered Markdown in its `prose-comment` wrapper (the class lib/markdown.tsx uses
 * for comments), drawn here rather than sent from the server with every comment.
 */
export function CommentBody({ children }: { children: ReactNode }) {
  return <div className="prose-comment">{children}</div>;
}

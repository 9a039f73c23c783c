/** The minimum a comment needs to be placed in a thread. */
export interface ThreadItem {
  id: string;
  parentId: string | null;
}

export type ThreadNode<T extends ThreadItem> = T & { replies: ThreadNode<T>[] };

/**
 * Turns a flat list of comments (one SQL query) into a tree, in one pass, in memory.
 * Siblings keep the order of the input, so the caller's ORDER BY decides the sort.
 * A comment whose parent is not in the list (it was filtered out) is shown at the top level
 * rather than lost.
 */
export function buildThread<T extends ThreadItem>(comments: readonly T[]): ThreadNode<T>[] {
  const nodes = new Map<string, ThreadNode<T>>();
  for (const comment of comments) nodes.set(comment.id, { ...comment, replies: [] });

  const roots: ThreadNode<T>[] = [];
  for (const comment of comments) {
    const node = nodes.get(comment.id)!;
    const parent = comment.parentId === null ? undefined : nodes.get(comment.parentId);
    if (parent && parent !== node) parent.replies.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Number of comments below `node`, for "Collapse (12 replies)". */
export function countReplies<T extends ThreadItem>(node: ThreadNode<T>): number {
  return node.replies.reduce((sum, reply) => sum + 1 + countReplies(reply), 0);
}

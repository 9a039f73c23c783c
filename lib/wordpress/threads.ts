// The shape of one post's comment threads, from comment_parent alone: at any depth, whatever
// the order of the file. A reply whose parent is not there, or whose parents loop back to it,
// becomes top-level and is reported, never dropped and never left hanging. Memory is a few
// numbers per comment; the texts stay in the staging table (lib/wordpress/import-post.ts).

export interface ThreadLink {
  id: number;
  parentId: number;
  /** Orders comments in a cycle: the earliest (date, then id) becomes the top-level one. */
  time: number;
}

export type ThreadProblem =
  | { kind: "missing-parent"; commentId: number; parentId: number; parentFate: string | null }
  | { kind: "cycle"; commentId: number; cycle: number[] };

export interface ResolvedThread {
  /** Parent after repair (0: top-level). */
  parent: Map<number, number>;
  /** 0 for a top-level comment. */
  depth: Map<number, number>;
  /** The top-level comment of each comment's thread (itself when top-level). */
  root: Map<number, number>;
  problems: ThreadProblem[];
}

/**
 * `skipped`: comments of this post that are not imported (spam, pingbacks), with what became
 * of them, so a reply to one is reported for what it is.
 */
export function resolveThreads(links: readonly ThreadLink[], skipped: ReadonlyMap<number, string> = new Map()): ResolvedThread {
  const parent = new Map<number, number>();
  const time = new Map<number, number>();
  for (const link of links) {
    parent.set(link.id, link.parentId);
    time.set(link.id, link.time);
  }
  const problems: ThreadProblem[] = [];
  for (const [id, parentId] of parent) {
    if (parentId !== 0 && parentId !== id && !parent.has(parentId)) {
      problems.push({ kind: "missing-parent", commentId: id, parentId, parentFate: skipped.get(parentId) ?? null });
      parent.set(id, 0);
    }
  }

  const depth = new Map<number, number>();
  const root = new Map<number, number>();
  for (const start of parent.keys()) {
    if (depth.has(start)) continue;
    // Walk up until a comment whose place is known, the top, or a comment already on this walk.
    const walk: number[] = [];
    const onWalk = new Set<number>();
    let current = start;
    while (!depth.has(current) && parent.get(current) !== 0 && !onWalk.has(current)) {
      walk.push(current);
      onWalk.add(current);
      current = parent.get(current)!;
    }
    if (onWalk.has(current)) {
      // A cycle: from `current` round to itself. Its earliest comment becomes top-level.
      const cycle = walk.slice(walk.indexOf(current));
      const first = cycle.reduce((a, b) => (time.get(b)! < time.get(a)! || (time.get(b) === time.get(a) && b < a) ? b : a));
      problems.push({ kind: "cycle", commentId: first, cycle });
      parent.set(first, 0);
      walk.splice(walk.indexOf(first));
      current = first;
    }
    if (!depth.has(current)) {
      // The top of this walk: a top-level comment.
      depth.set(current, 0);
      root.set(current, current);
    }
    // Back down the walk, each one below the next.
    for (let index = walk.length - 1; index >= 0; index--) {
      const id = walk[index]!;
      const above = parent.get(id)!;
      depth.set(id, depth.get(above)! + 1);
      root.set(id, root.get(above)!);
    }
  }
  return { parent, depth, root, problems };
}

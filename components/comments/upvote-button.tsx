"use client";

import { useState } from "react";
import { toggleCommentUpvoteAction } from "@/lib/actions/comments";
import { pluralize } from "@/lib/format/counts";
import { useDiscussion } from "./discussion-provider";

/**
 * A member's upvote toggle with its count (`.up` draws the arrow, filled while pressed).
 * Re-mounted with fresh values after each server refresh (see its `key` in CommentControls).
 */
export function UpvoteButton({ commentId, count, upvoted }: { commentId: string; count: number; upvoted: boolean }) {
  const { refreshAndReveal } = useDiscussion();
  const [state, setState] = useState({ count, upvoted });
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function toggle() {
    setPending(true);
    setError(null);
    const result = await toggleCommentUpvoteAction({ commentId });
    setPending(false);
    if (!result.ok) return setError(result.error);
    setState((current) => ({ upvoted: result.data.upvoted, count: current.count + (result.data.upvoted ? 1 : -1) }));
    refreshAndReveal(null);
  }

  return (
    <>
      <button
        type="button"
        onClick={toggle}
        disabled={pending}
        aria-pressed={state.upvoted}
        aria-label={`Upvote (${pluralize(state.count, "upvote")})`}
        className="up"
      >
        {state.count}
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </span>
      )}
    </>
  );
}

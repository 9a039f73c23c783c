"use client";

import { toggleCommentUpvoteAction } from "@/lib/actions/comments";
import { pluralize } from "@/lib/format/counts";
import { useVoteToggle } from "@/components/votes/use-vote-toggle";
import { useDiscussion } from "./discussion-provider";

/** A member's upvote toggle with its count (`.up` draws the arrow, filled while pressed). */
export function UpvoteButton({ commentId, count, upvoted }: { commentId: string; count: number; upvoted: boolean }) {
  const { refreshAndReveal } = useDiscussion();
  const { shown, pending, error, toggle } = useVoteToggle(
    { count, voted: upvoted },
    async () => {
      const result = await toggleCommentUpvoteAction({ commentId });
      return result.ok ? { ok: true, data: result.data.upvoted } : result;
    },
    () => refreshAndReveal(null),
  );

  return (
    <>
      <button
        type="button"
        onClick={toggle}
        aria-disabled={pending || undefined}
        aria-pressed={shown.voted}
        // The name holds the visible count (WCAG 2.5.3): speech-input users say what they see.
        aria-label={`Upvote: ${pluralize(shown.count, "upvote")}`}
        className="up"
      >
        {shown.count}
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </span>
      )}
    </>
  );
}

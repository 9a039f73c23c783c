"use client";

import Link from "next/link";
import { useState } from "react";
import { toggleCommentUpvoteAction } from "@/lib/actions/comments";
import { pluralize } from "@/lib/format/counts";
import { useDiscussion } from "./discussion-provider";

export const ACTION = "inline-flex min-h-7 items-center gap-1 rounded-md px-1.5 font-medium transition-colors hover:bg-sunken hover:text-ink";

function ArrowUp({ filled }: { filled: boolean }) {
  return (
    <svg viewBox="0 0 16 16" className="size-3.5" aria-hidden="true" focusable="false">
      <path d="M8 2.5 13.5 9H10v4.5H6V9H2.5z" className={filled ? "fill-current" : "fill-none stroke-current"} strokeWidth="1.4" strokeLinejoin="round" />
    </svg>
  );
}

/** "vote": a toggle; "readonly": the count alone (your own comment, or a suspended account). */
export type UpvoteMode = "vote" | "readonly" | "sign-in";

/**
 * Upvote toggle with its count. Where voting isn't possible (your own comment: the server
 * refuses self-votes anyway) it shows the count only; signed-out readers get a link to sign
 * in that brings them back to this comment.
 * Re-mounted with fresh values after each server refresh (see its `key` in CommentControls).
 */
export function UpvoteButton({ commentId, count, upvoted, mode, signInHref }: { commentId: string; count: number; upvoted: boolean; mode: UpvoteMode; signInHref: string }) {
  const { refreshAndReveal } = useDiscussion();
  const [state, setState] = useState({ count, upvoted });
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const countLabel = pluralize(state.count, "upvote");

  if (mode === "readonly") {
    return (
      <span className="inline-flex min-h-7 items-center gap-1 px-1.5 tabular-nums" title="Upvotes">
        <ArrowUp filled={false} />
        {state.count}
        <span className="sr-only"> {state.count === 1 ? "upvote" : "upvotes"}</span>
      </span>
    );
  }
  if (mode === "sign-in") {
    return (
      <Link href={signInHref} className={ACTION} aria-label={`Sign in to upvote (${countLabel})`}>
        <ArrowUp filled={false} />
        <span className="tabular-nums">{state.count}</span>
      </Link>
    );
  }

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
        aria-label={`Upvote (${countLabel})`}
        className={`${ACTION} disabled:opacity-60 aria-pressed:text-accent-text`}
      >
        <ArrowUp filled={state.upvoted} />
        <span className="tabular-nums">{state.count}</span>
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </span>
      )}
    </>
  );
}

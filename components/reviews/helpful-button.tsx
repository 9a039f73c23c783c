"use client";

import { usePageRefresh } from "@/lib/page-cache/viewer-layer-provider";
import { toggleHelpfulAction } from "@/lib/actions/reviews";
import { useVoteToggle } from "@/components/votes/use-vote-toggle";

const BUTTON =
  "inline-flex h-9 items-center gap-2 rounded-lg border px-3 text-sm font-medium tabular-nums transition-colors aria-disabled:cursor-progress aria-disabled:opacity-60";

function ThumbIcon() {
  return (
    <svg viewBox="0 0 20 20" className="size-4" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M7 8.5V17H4a1 1 0 0 1-1-1V9.5a1 1 0 0 1 1-1h3Zm1.5 8.5V8.2l3.1-5.3a1.3 1.3 0 0 1 2.4.9L13.3 7h3.2a1.5 1.5 0 0 1 1.5 1.8l-1.3 6.9A1.6 1.6 0 0 1 15.1 17H8.5Z"
      />
    </svg>
  );
}

/**
 * "Helpful (N)": a toggle (aria-pressed) a member presses once to vote and again to take the
 * vote back. The count moves as soon as the server answers.
 */
export function HelpfulButton({ reviewId, count, voted }: { reviewId: string; count: number; voted: boolean }) {
  const refreshPage = usePageRefresh();
  const { shown, pending, error, toggle } = useVoteToggle(
    { count, voted },
    async () => {
      const result = await toggleHelpfulAction({ reviewId });
      return result.ok ? { ok: true, data: result.data.helpful } : result;
    },
    refreshPage,
  );

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={toggle}
        aria-disabled={pending || undefined}
        aria-pressed={shown.voted}
        className={`${BUTTON} ${
          shown.voted ? "border-accent bg-accent-soft text-ink" : "border-line-strong bg-surface text-ink hover:bg-sunken"
        }`}
      >
        <ThumbIcon />
        Helpful ({shown.count})
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}

import { diffWords, type ChangeObject } from "diff";

/**
 * A word diff costs time in proportion to the text's length times the number of changes, and
 * squared in the changes: a rewrite of a 20,000-character review took seconds. Past this many
 * changed words (a rewrite, not an edit) the old and new texts are shown whole instead, for a
 * few milliseconds of work at most; the time limit is a second guard on slow machines.
 */
const MAX_CHANGED_WORDS = 300;
const DIFF_TIMEOUT_MS = 100;

function changes(before: string, after: string): ChangeObject<string>[] {
  const diff = diffWords(before, after, { maxEditLength: MAX_CHANGED_WORDS, timeout: DIFF_TIMEOUT_MS });
  if (diff) return diff;
  return [
    { value: before, removed: true, added: false, count: 1 },
    { value: after, removed: false, added: true, count: 1 },
  ];
}

/**
 * What changed between two versions of a text, word by word: removed words struck through
 * in <del>, added ones underlined in <ins>, so the change shows in shape as well as colour
 * (WCAG 1.4.1); DiffLegend says which is which. Screen readers don't announce either element,
 * so each change also says "removed:" / "added:" in text only they hear.
 */
export function TextDiff({ before, after, className = "" }: { before: string; after: string; className?: string }) {
  return (
    <p className={`whitespace-pre-wrap [overflow-wrap:anywhere] ${className}`}>
      {changes(before, after).map((part, index) => {
        if (part.added) {
          return (
            <ins key={index} className="rounded-sm bg-emerald-100 text-emerald-950 underline decoration-emerald-700 decoration-2 underline-offset-[3px] dark:bg-emerald-950 dark:text-emerald-100 dark:decoration-emerald-300">
              <span className="sr-only">[added: </span>
              {part.value}
              <span className="sr-only">]</span>
            </ins>
          );
        }
        if (part.removed) {
          return (
            <del key={index} className="rounded-sm bg-red-100 text-red-950 decoration-red-700/70 dark:bg-red-950 dark:text-red-100 dark:decoration-red-300/70">
              <span className="sr-only">[removed: </span>
              {part.value}
              <span className="sr-only">]</span>
            </del>
          );
        }
        return <span key={index}>{part.value}</span>;
      })}
    </p>
  );
}

/** The key to TextDiff's marks, for sighted readers (screen readers hear each change named). */
export function DiffLegend() {
  return (
    <p aria-hidden="true" className="text-sm text-muted">
      <ins className="rounded-sm bg-emerald-100 px-0.5 text-emerald-950 underline decoration-emerald-700 decoration-2 underline-offset-[3px] dark:bg-emerald-950 dark:text-emerald-100 dark:decoration-emerald-300">
        Underlined
      </ins>{" "}
      words were added;{" "}
      <del className="rounded-sm bg-red-100 px-0.5 text-red-950 decoration-red-700/70 dark:bg-red-950 dark:text-red-100 dark:decoration-red-300/70">
        struck-through
      </del>{" "}
      words were removed.
    </p>
  );
}

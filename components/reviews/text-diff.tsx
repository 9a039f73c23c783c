import { diffWords, type ChangeObject } from "diff";

/** Long rewrites of long reviews can make a word diff slow; past this, show old and new whole. */
const DIFF_TIMEOUT_MS = 300;

function changes(before: string, after: string): ChangeObject<string>[] {
  const diff = diffWords(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (diff) return diff;
  return [
    { value: before, removed: true, added: false, count: 1 },
    { value: after, removed: false, added: true, count: 1 },
  ];
}

/**
 * What changed between two versions of a text, word by word: removed words struck through
 * in <del>, added ones in <ins>. Screen readers don't announce either element, so each
 * change also says "removed:" / "added:" in text only they hear.
 */
export function TextDiff({ before, after, className = "" }: { before: string; after: string; className?: string }) {
  return (
    <p className={`whitespace-pre-wrap [overflow-wrap:anywhere] ${className}`}>
      {changes(before, after).map((part, index) => {
        if (part.added) {
          return (
            <ins key={index} className="rounded-sm bg-emerald-100 text-emerald-950 no-underline dark:bg-emerald-950 dark:text-emerald-100">
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

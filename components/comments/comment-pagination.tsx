import Link from "next/link";
import { threadQueryString, type CommentSort } from "@/lib/comments/thread-params";

const LINK = "rounded-lg border border-line-strong px-3 py-1.5 font-medium text-ink transition-colors hover:bg-sunken";

/** "← Previous · Page 2 of 5 · Next →" over top-level threads, keeping the chosen sort. */
export function CommentPagination({ basePath, sort, page, pageCount }: { basePath: string; sort: CommentSort; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (target: number) => `${basePath}${threadQueryString(sort, target)}#comments`;
  return (
    <nav aria-label="Comment pages" className="mt-6 flex items-center justify-between gap-3 border-t border-line pt-5 text-sm">
      {page > 1 ? (
        <Link href={href(Math.min(page - 1, pageCount))} rel="prev" className={LINK}>
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <p className="text-muted tabular-nums">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={LINK}>
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

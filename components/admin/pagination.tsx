import Link from "next/link";
import { pluralize } from "@/lib/format/counts";

const LINK = "rounded-md border border-line-strong px-3 py-1.5 font-medium text-ink hover:bg-sunken";
const DISABLED = "rounded-md border border-line px-3 py-1.5 text-muted/60";

/** "Page 2 of 5 · 113 items", with previous and next links that keep the current filters. */
export function Pagination({ page, pageCount, total, noun, plural, hrefFor }: { page: number; pageCount: number; total: number; noun: string; plural?: string; hrefFor: (page: number) => string }) {
  return (
    <nav aria-label="Pages" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-muted">
      <p>
        {pluralize(total, noun, plural)}
        {pageCount > 1 && (
          <>
            {" "}· page {Math.min(page, pageCount)} of {pageCount}
          </>
        )}
      </p>
      {pageCount > 1 && (
        <div className="flex gap-2">
          {page > 1 ? (
            <Link href={hrefFor(page - 1)} rel="prev" className={LINK}>
              ← Previous
            </Link>
          ) : (
            <span aria-disabled="true" className={DISABLED}>← Previous</span>
          )}
          {page < pageCount ? (
            <Link href={hrefFor(page + 1)} rel="next" className={LINK}>
              Next →
            </Link>
          ) : (
            <span aria-disabled="true" className={DISABLED}>Next →</span>
          )}
        </div>
      )}
    </nav>
  );
}

import Link from "next/link";
import { pagedPath } from "@/lib/queries/paging";

/** Page numbers to show: the first, the last, and two either side of the current one. */
function visiblePages(page: number, pageCount: number): (number | "gap")[] {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2]);
  const pages = [...wanted].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  const result: (number | "gap")[] = [];
  for (const [index, n] of pages.entries()) {
    const previous = pages[index - 1];
    if (previous !== undefined && n - previous > 1) result.push("gap");
    result.push(n);
  }
  return result;
}

const ITEM = "inline-flex h-9 min-w-9 items-center justify-center gap-1.5 rounded-lg px-3 text-sm tabular-nums";

/**
 * Numbered pages as plain links (`?page=`), so paging works without JavaScript and every page
 * has its own address. `params` are the other query parameters to keep (the sort, the query).
 */
export function Pagination({
  basePath,
  params = {},
  page,
  pageCount,
  label,
  anchor,
}: {
  basePath: string;
  params?: Record<string, string | undefined>;
  page: number;
  pageCount: number;
  /** The nav's accessible name, e.g. "Review pages". */
  label: string;
  /** Where each page opens, e.g. "comments": the list, not the top of the page. */
  anchor?: string;
}) {
  if (pageCount <= 1) return null;

  const hrefFor = (target: number) => `${pagedPath(basePath, params, target)}${anchor ? `#${anchor}` : ""}`;

  return (
    <nav aria-label={label} className="mt-8">
      <ul className="flex flex-wrap items-center gap-1">
        <li>
          {page > 1 ? (
            <Link href={hrefFor(page - 1)} rel="prev" className={`${ITEM} text-ink hover:bg-sunken`}>
              <span aria-hidden="true">←</span> Previous
            </Link>
          ) : (
            <span aria-disabled="true" className={`${ITEM} text-muted/60`}>
              <span aria-hidden="true">←</span> Previous
            </span>
          )}
        </li>
        {visiblePages(page, pageCount).map((item, index) =>
          item === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={item}>
              <Link
                href={hrefFor(item)}
                aria-current={item === page ? "page" : undefined}
                aria-label={`Page ${item}`}
                className={`${ITEM} ${
                  item === page ? "bg-ink font-semibold text-canvas" : "text-ink hover:bg-sunken"
                }`}
              >
                {item}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link href={hrefFor(page + 1)} rel="next" className={`${ITEM} text-ink hover:bg-sunken`}>
              Next <span aria-hidden="true">→</span>
            </Link>
          ) : (
            <span aria-disabled="true" className={`${ITEM} text-muted/60`}>
              Next <span aria-hidden="true">→</span>
            </span>
          )}
        </li>
      </ul>
      <p className="mt-2 text-xs text-muted">
        Page {page} of {pageCount}
      </p>
    </nav>
  );
}

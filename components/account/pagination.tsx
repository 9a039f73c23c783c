import Link from "next/link";

const LINK = "inline-block rounded-lg border border-line-strong px-3 py-1.5 font-medium text-ink transition-colors hover:bg-sunken";

/** "← Newer · Page 2 of 5 · Older →" for a list paged with `?page=`. Nothing when there is one page. */
export function Pagination({
  label,
  basePath,
  anchor,
  page,
  pageCount,
}: {
  label: string;
  basePath: string;
  /** Where each page opens, e.g. "reviews": the list, not the top of the page. */
  anchor: string;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const href = (target: number) => `${basePath}${target === 1 ? "" : `?page=${target}`}#${anchor}`;
  return (
    <nav aria-label={label} className="mt-6 grid grid-cols-[1fr_auto_1fr] items-center gap-3 text-sm">
      <div>
        {page > 1 && (
          <Link href={href(page - 1)} rel="prev" className={LINK}>
            ← Newer
          </Link>
        )}
      </div>
      <p className="text-muted tabular-nums">
        Page {page} of {pageCount}
      </p>
      <div className="text-right">
        {page < pageCount && (
          <Link href={href(page + 1)} rel="next" className={LINK}>
            Older →
          </Link>
        )}
      </div>
    </nav>
  );
}

import Link from "next/link";
import type { ReactNode } from "react";
import { REVIEW_SORTS, type ReviewSort } from "@/lib/queries/review-sort";

/** Short enough for one row on a phone; screen readers hear the full phrase. */
const LABELS: Record<ReviewSort, ReactNode> = {
  newest: "Newest",
  helpful: (
    <>
      <span className="sr-only">Most </span>Helpful
    </>
  ),
  highest: (
    <>
      Highest<span className="sr-only"> rated</span>
    </>
  ),
  lowest: (
    <>
      Lowest<span className="sr-only"> rated</span>
    </>
  ),
};

/**
 * Sorting is plain links (`?sort=`), so it works without JavaScript and can be bookmarked.
 * A new order starts again at page 1.
 */
export function ReviewSortLinks({ basePath, current }: { basePath: string; current: ReviewSort }) {
  return (
    <nav aria-label="Sort reviews">
      <ul className="flex flex-wrap gap-1 rounded-lg bg-sunken p-1 text-sm">
        {REVIEW_SORTS.map((sort) => (
          <li key={sort}>
            <Link
              href={sort === "newest" ? basePath : `${basePath}?sort=${sort}`}
              aria-current={sort === current ? "true" : undefined}
              scroll={false}
              className="block rounded-md px-3 py-1.5 text-muted transition-colors hover:text-ink aria-[current=true]:bg-surface aria-[current=true]:font-medium aria-[current=true]:text-ink aria-[current=true]:shadow-sm aria-[current=true]:ring-1 aria-[current=true]:ring-line-strong"
            >
              {LABELS[sort]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

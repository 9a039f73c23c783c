import Link from "next/link";
import { COMMENT_SORTS, threadQueryString, type CommentSort } from "@/lib/comments/thread-params";

const LABELS: Record<CommentSort, string> = { oldest: "Oldest", newest: "Newest", top: "Top" };

/**
 * Plain links (`?sort=`), so sorting works without JavaScript. A new order starts again at
 * page 1: page 3 of "top" has nothing to do with page 3 of "oldest".
 */
export function CommentSortLinks({ basePath, current }: { basePath: string; current: CommentSort }) {
  return (
    <nav aria-label="Sort comments">
      <ul className="flex gap-1 rounded-lg bg-sunken p-1 text-sm">
        {COMMENT_SORTS.map((sort) => (
          <li key={sort}>
            <Link
              href={`${basePath}${threadQueryString(sort, 1)}#comments`}
              aria-current={sort === current ? "true" : undefined}
              scroll={false}
              className="block rounded-md px-3 py-1 text-muted transition-colors hover:text-ink aria-[current=true]:bg-surface aria-[current=true]:font-medium aria-[current=true]:text-ink aria-[current=true]:shadow-sm aria-[current=true]:ring-1 aria-[current=true]:ring-line-strong"
            >
              {LABELS[sort]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// How a reader asks for a review's discussion in the URL: `?sort=` and `?page=` (parsed by
// lib/queries/paging.ts). Plain links, so sorting and paging work without JavaScript.

export const COMMENT_SORTS = ["oldest", "newest", "top"] as const;
export type CommentSort = (typeof COMMENT_SORTS)[number];
/** Oldest first, as the original blogs showed their comments. */
export const DEFAULT_COMMENT_SORT: CommentSort = "oldest";

/** Top-level threads per page, each with all of its replies. */
export const THREADS_PER_PAGE = 50;

type SearchParam = string | string[] | undefined;

function first(value: SearchParam): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** `?sort=` as it arrives (missing, repeated, or anything at all) → a known sort. */
export function parseCommentSort(value: SearchParam): CommentSort {
  const wanted = first(value);
  return COMMENT_SORTS.find((sort) => sort === wanted) ?? DEFAULT_COMMENT_SORT;
}

/**
 * The query string for a sort and page, leaving out defaults so the canonical URL stays
 * clean: "" for oldest/page 1, "?sort=top&page=2" otherwise.
 */
export function threadQueryString(sort: CommentSort, page: number): string {
  const params = new URLSearchParams();
  if (sort !== DEFAULT_COMMENT_SORT) params.set("sort", sort);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

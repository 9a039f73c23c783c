// Page numbers as they arrive in URLs (`?page=`), and the arithmetic of numbered pages.

/** Far beyond any real list; keeps OFFSET bounded when someone types ?page=99999999999. */
const MAX_PAGE = 10_000;

/** `?page=` (missing, repeated, "abc", "-3", "2.5") → a page number from 1 to MAX_PAGE. */
export function parsePageParam(value: string | string[] | undefined): number {
  const first = Array.isArray(value) ? value[0] : value;
  if (!first || !/^\d{1,6}$/.test(first)) return 1;
  return Math.min(Math.max(Number(first), 1), MAX_PAGE);
}

export interface Paged<T> {
  items: T[];
  /** Items across all pages. */
  total: number;
  page: number;
  /** At least 1, so "page 1 of 1" holds for an empty list. */
  pageCount: number;
}

export function pageCountFor(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * The address of one page of a list: `basePath` with the other parameters that are set (a sort
 * that isn't the default, a query) and the page number, page 1 left out.
 */
export function pagedPath(basePath: string, params: Record<string, string | undefined>, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `${basePath}?${search}` : basePath;
}

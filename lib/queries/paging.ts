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

/** Admin tables show this many rows a page. */
export const ADMIN_PAGE_SIZE = 25;

export interface Paged<T> {
  rows: T[];
  total: number;
  page: number;
  pageCount: number;
}

export function paged<T>(rows: T[], total: number, page: number, size = ADMIN_PAGE_SIZE): Paged<T> {
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / size)) };
}

export function pageWindow(page: number, size = ADMIN_PAGE_SIZE) {
  return { skip: (page - 1) * size, take: size };
}

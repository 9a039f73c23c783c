// The query string of an admin page, read defensively: filters arrive from the address bar,
// so anything unexpected is ignored rather than passed to the database.
import { searchParamText } from "@/lib/validations/text";

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query parameter, trimmed and capped at `max` characters; "" when absent or unstorable. */
export function param(params: SearchParams, key: string, max = 200): string {
  const value = params[key];
  const parsed = searchParamText.safeParse((Array.isArray(value) ? value[0] : value) ?? "");
  if (!parsed.success) return "";
  return Array.from(parsed.data.trim().slice(0, 2 * max)).slice(0, max).join("").trim();
}

/** The value if it is one of `allowed`, else undefined. */
export function oneOf<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** A 1-based page number; anything else is page 1. */
export function pageParam(params: SearchParams, maxPage = 1000): number {
  const page = Number.parseInt(param(params, "page", 6), 10);
  return Number.isFinite(page) && page >= 1 ? Math.min(page, maxPage) : 1;
}

/** "2026-11-22" as the start of that day in UTC, or undefined. */
export function dateParam(params: SearchParams, key: string): Date | undefined {
  const value = param(params, key, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A path with the given query parameters, leaving out empty ones (and page 1). */
export function hrefWith(path: string, params: Record<string, string | number | undefined | null>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    if (key === "page" && Number(value) === 1) continue;
    query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

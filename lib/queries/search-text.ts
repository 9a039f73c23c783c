// The text side of search: the query as typed, and the highlighted snippets PostgreSQL returns.
import { searchParamText } from "@/lib/validations/text";

/** Longer queries are cut here: nobody types more, and it bounds the work per request. */
export const SEARCH_QUERY_MAX = 200;

/** Text with the matched words marked, split on ts_headline's markers: rendered as text, never HTML. */
export type Highlighted = { text: string; match: boolean }[];

// Control characters that no query or stored text needs, used as highlight markers: ts_headline
// wraps each match in START…STOP, and highlight() splits on them.
const START = "\u0002";
const STOP = "\u0003";
/** ts_headline options that wrap each match in the markers. */
export const HEADLINE_MARKERS = `StartSel="${START}", StopSel="${STOP}"`;

/**
 * `?q=` as typed → one line of at most SEARCH_QUERY_MAX characters (whole code points); "" for
 * a query with a character no text can hold (a NUL byte, half a surrogate pair).
 */
export function normalizeSearchQuery(raw: string | string[] | undefined): string {
  const parsed = searchParamText.safeParse((Array.isArray(raw) ? raw[0] : raw) ?? "");
  if (!parsed.success) return "";
  const first = parsed.data.slice(0, 4 * SEARCH_QUERY_MAX);
  const oneLine = first.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();
  return Array.from(oneLine).slice(0, SEARCH_QUERY_MAX).join("").trim();
}

/**
 * A snippet cut out of a longer text reads as an excerpt: "…" where it starts mid-sentence
 * (a lower-case first letter) and where it stops short of a sentence's end.
 */
export function asExcerpt(snippet: string): string {
  const start = /^[\p{Ll}]/u.test(snippet.replace(/^[\u0002\s]+/, "")) ? "…" : "";
  const end = /[.!?…"”’)]\W*$/u.test(snippet) ? "" : "…";
  return `${start}${snippet.trim()}${end}`;
}

/** ts_headline output → plain pieces and matched pieces; a stray marker never shows as a character. */
export function highlight(text: string): Highlighted {
  const parts: Highlighted = [];
  for (const [index, piece] of text.split(START).entries()) {
    const [matched, rest] = index === 0 ? [null, piece] : splitOnce(piece, STOP);
    if (matched) parts.push({ text: matched, match: true });
    if (rest) parts.push({ text: rest.replaceAll(STOP, ""), match: false });
  }
  return parts;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, ""] : [text.slice(0, at), text.slice(at + separator.length)];
}


// The public pages most traffic reads (the home page, the films index, film pages and review
// pages) are rendered once per audience and served from the page cache
// (lib/page-cache/shared-page-cache.mjs) to everyone in it:
// - "guest": every signed-out reader;
// - "member": every signed-in member. The page has the member's controls but nothing personal;
//   the browser fills in who they are, their votes and their own comments from one small
//   request (app/api/viewer, lib/page-cache/viewer-layer-provider.tsx).
// The proxy rewrites such a request to the same page under /shared/<audience>, with the query
// folded into the path, so that every variant (a sort, a page of comments) is a static page of
// its own that Next.js can cache and the cache can expire by path. The query is first read the
// way the page reads it, so that only pages a reader can really see become entries: an unknown
// sort is the default one, a page number is the number the page shows, and defaults are left
// out (a page past the end answers with a redirect, which is never cached). Any URL not listed
// here, and any request the shared page can't stand in for (lib/page-cache/page-audience.ts), is
// rendered live.

import { DEFAULT_COMMENT_SORT, parseCommentSort } from "@/lib/comments/thread-params";
import { parsePageParam } from "@/lib/queries/paging";
import { DEFAULT_REVIEW_SORT, parseReviewSort } from "@/lib/queries/review-sort";

export const SHARED_PREFIX = "/shared";

export const AUDIENCES = ["guest", "member"] as const;
export type Audience = (typeof AUDIENCES)[number];

export function isAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value);
}

/** The segment standing for "no query". */
const EMPTY_QUERY = "-";
/** Next.js's own cache-busting parameter on client-side navigations: not part of the page. */
export const NEXT_RSC_PARAM = "_rsc";

export type SharedPageKind = "home" | "films" | "film" | "review";

/** A public request a shared page can serve: which page, its key (slug or id), its query segment. */
export interface SharedRoute {
  kind: SharedPageKind;
  /** The film's slug or the review's id, as it appears in the path. */
  key?: string;
  query: string;
}

/** A query parameter's value as the page reads it (its first, when repeated); undefined for the page's default. */
type ParamReader = (value: string) => string | undefined;

/** A sort the page knows, or undefined: the page's default, and anything it doesn't know, sorts by that. */
function sortReader(parse: (value: string) => string, defaultSort: string): ParamReader {
  return (value) => {
    const sort = parse(value);
    return sort === defaultSort ? undefined : sort;
  };
}

/** The page number the page shows (bounded by parsePageParam), page 1 left out. */
const readPage: ParamReader = (value) => {
  const page = parsePageParam(value);
  return page === 1 ? undefined : String(page);
};

interface RouteRule {
  kind: SharedPageKind;
  /** The public path; its one capture group (if any) is the film slug or review id. */
  pattern: RegExp;
  /** The query parameters the page reads, in key order; any other parameter keeps the request live. */
  query: Readonly<Record<string, ParamReader>>;
}

const RULES: readonly RouteRule[] = [
  { kind: "home", pattern: /^\/$/, query: {} },
  { kind: "films", pattern: /^\/films$/, query: {} },
  { kind: "film", pattern: /^\/films\/([^/]+)$/, query: { sort: sortReader(parseReviewSort, DEFAULT_REVIEW_SORT), page: readPage } },
  { kind: "review", pattern: /^\/reviews\/([^/]+)$/, query: { sort: sortReader(parseCommentSort, DEFAULT_COMMENT_SORT), page: readPage } },
];

/** The query as one path segment: only the page's own parameters, as it reads them, in a fixed order. */
function querySegment(search: URLSearchParams, readers: RouteRule["query"]): string | null {
  for (const key of search.keys()) {
    if (key !== NEXT_RSC_PARAM && !Object.hasOwn(readers, key)) return null;
  }
  const kept = new URLSearchParams();
  for (const [key, read] of Object.entries(readers)) {
    const value = search.get(key);
    const canonical = value === null ? undefined : read(value);
    if (canonical !== undefined) kept.set(key, canonical);
  }
  const query = kept.toString();
  return query ? encodeURIComponent(query) : EMPTY_QUERY;
}

/** The shared page that can serve `pathname?search`, or null when only a live render can. */
export function sharedRouteFor(pathname: string, search: URLSearchParams): SharedRoute | null {
  for (const rule of RULES) {
    const match = rule.pattern.exec(pathname);
    if (!match) continue;
    const query = querySegment(search, rule.query);
    return query === null ? null : { kind: rule.kind, key: match[1], query };
  }
  return null;
}

/** Where the proxy rewrites a shared route for an audience: /shared/<audience>/<kind>[/<key>]/<query>. */
export function sharedPath(route: SharedRoute, audience: Audience): string {
  const key = route.key === undefined ? "" : `/${route.key}`;
  return `${SHARED_PREFIX}/${audience}/${route.kind}${key}/${route.query}`;
}

/**
 * The public address of a shared route, its query in a fixed order: what the proxy and the shared
 * page's render both call the page by (a render that fails for want of the database sends the
 * browser back there: lib/database/render-failure.ts).
 */
export function sharedRouteUrl(route: SharedRoute): string {
  const path = publicPathname(sharedPath(route, "guest"));
  const query = new URLSearchParams(sharedSearchParams(route.query)).toString();
  return query ? `${path}?${query}` : path;
}

/**
 * The searchParams a shared page hands to the live page's code: its query segment, decoded.
 * Next.js passes a statically rendered page's segment still percent-encoded ("page%3D2"); an
 * encoded segment has no "=", a decoded one always has.
 */
export function sharedSearchParams(query: string): Record<string, string> {
  if (query === EMPTY_QUERY) return {};
  return Object.fromEntries(new URLSearchParams(query.includes("=") ? query : decodeURIComponent(query)));
}

/** A shared page's route, read back from its path (or its route segments, without the prefix). */
export function parseSharedPath(pathname: string): { audience: Audience; kind: SharedPageKind; key?: string } | null {
  if (!pathname.startsWith(`${SHARED_PREFIX}/`)) return null;
  return parseSharedSegments(pathname.slice(SHARED_PREFIX.length + 1).split("/"));
}

/** The same from route segments after "shared" (what useSelectedLayoutSegments reports). */
export function parseSharedSegments(segments: readonly string[]): { audience: Audience; kind: SharedPageKind; key?: string } | null {
  const [audience, kind, key] = segments;
  if (!audience || !isAudience(audience)) return null;
  if (kind === "home" || kind === "films") return { audience, kind };
  if ((kind === "film" || kind === "review") && key) return { audience, kind, key: decodeURIComponent(key) };
  return null;
}

/**
 * The public path of a page rendered under /shared (which is what usePathname reports while
 * rendering it), so links built from the current path point at the public address.
 */
export function publicPathname(pathname: string): string {
  const shared = parseSharedPath(pathname);
  if (!shared) return pathname;
  if (shared.kind === "films") return "/films";
  if (shared.kind === "film") return `/films/${encodeURIComponent(shared.key!)}`;
  if (shared.kind === "review") return `/reviews/${encodeURIComponent(shared.key!)}`;
  return "/";
}

/** Auth.js's session cookie, possibly split into numbered chunks, on http or https. */
export const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (SESSION_COOKIE.test(name)) return true;
  return false;
}

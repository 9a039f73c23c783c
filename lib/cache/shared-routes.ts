// Signed-out readers share one rendering of each public page, served from the page cache
// (lib/cache/guest-page-cache.mjs). The proxy rewrites their requests for those pages to the
// same pages under /guest, with the query folded into the path, so that every variant (a sort,
// a page of comments) is a static page of its own that Next.js can cache and the cache can
// expire by path. Signed-in readers, and any URL not listed here, get the live page.

export const GUEST_PREFIX = "/guest";

/** The path segment standing for "no query". */
const EMPTY_QUERY = "-";
/** Next.js's own cache-busting parameter on client-side navigations: not part of the page. */
export const NEXT_RSC_PARAM = "_rsc";
/** Longer query values are never a real sort or page number: those requests stay live. */
const MAX_VALUE_LENGTH = 24;

interface GuestRoute {
  /** The public path; its one capture group (if any) is the film slug or review id. */
  pattern: RegExp;
  /** The query parameters the page reads; any other parameter keeps the request live. */
  query: readonly string[];
  guestPath: (key: string | undefined, query: string) => string;
}

const ROUTES: readonly GuestRoute[] = [
  { pattern: /^\/$/, query: [], guestPath: (_, query) => `${GUEST_PREFIX}/home/${query}` },
  { pattern: /^\/films$/, query: [], guestPath: (_, query) => `${GUEST_PREFIX}/films/${query}` },
  {
    pattern: /^\/films\/([^/]+)$/,
    query: ["sort", "page"],
    guestPath: (slug, query) => `${GUEST_PREFIX}/film/${slug}/${query}`,
  },
  {
    pattern: /^\/reviews\/([^/]+)$/,
    query: ["sort", "page"],
    guestPath: (id, query) => `${GUEST_PREFIX}/review/${id}/${query}`,
  },
];

/** The query as one path segment: only the page's own parameters, in a fixed order. */
function querySegment(search: URLSearchParams, allowed: readonly string[]): string | null {
  const kept = new URLSearchParams();
  for (const key of new Set(search.keys())) {
    if (key === NEXT_RSC_PARAM) continue;
    const values = search.getAll(key);
    if (!allowed.includes(key) || values.length !== 1 || values[0]!.length > MAX_VALUE_LENGTH) return null;
  }
  for (const key of allowed) {
    const value = search.get(key);
    if (value) kept.set(key, value);
  }
  const query = kept.toString();
  return query ? encodeURIComponent(query) : EMPTY_QUERY;
}

/** Where a signed-out request for `pathname?search` is served from, or null to serve it live. */
export function guestPathFor(pathname: string, search: URLSearchParams): string | null {
  for (const route of ROUTES) {
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    const query = querySegment(search, route.query);
    return query === null ? null : route.guestPath(match[1], query);
  }
  return null;
}

/**
 * The searchParams a guest page hands to the live page's code: its query segment, decoded.
 * Next.js passes a statically rendered page's segment still percent-encoded ("page%3D2"); an
 * encoded segment has no "=", a decoded one always has.
 */
export function guestSearchParams(query: string): Record<string, string> {
  if (query === EMPTY_QUERY) return {};
  return Object.fromEntries(new URLSearchParams(query.includes("=") ? query : decodeURIComponent(query)));
}

/**
 * The public path of a page rendered under /guest (which is what usePathname reports while
 * rendering it), so links built from the current path point at the public address.
 */
export function publicPathname(pathname: string): string {
  if (pathname !== GUEST_PREFIX && !pathname.startsWith(`${GUEST_PREFIX}/`)) return pathname;
  const [kind, key] = pathname.slice(GUEST_PREFIX.length + 1).split("/");
  if (kind === "films") return "/films";
  if (kind === "film" && key) return `/films/${key}`;
  if (kind === "review" && key) return `/reviews/${key}`;
  return "/";
}

/** Auth.js's session cookie, possibly split into numbered chunks, on http or https. */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (SESSION_COOKIE.test(name)) return true;
  return false;
}

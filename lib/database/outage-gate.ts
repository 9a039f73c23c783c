// The proxy's part in surviving a database outage. Only the proxy can give a page request a
// status of its choosing (a render can't, see render-failure.ts), so it answers 503 with the
// "we're having trouble" page, at the address asked for, when:
// - this process has seen PostgreSQL stop answering (lib/database/health.mjs), except for pages
//   the page cache already holds, which are served as they are;
// - or the page's own render failed for want of the database a moment ago.
import { NextResponse, type NextRequest } from "next/server";
import { RETRY_AFTER_SECONDS } from "./health.mjs";
import { PAGE_URL_HEADER } from "./render-failure";

/** The static page the 503 shows (app/unavailable), never addressed directly. */
export const UNAVAILABLE_PATH = "/unavailable";

/** Next.js's cache-busting parameter on client-side navigations: not part of the page. */
const RSC_PARAM = "_rsc";

/** A live page's path and query, as its render and the proxy both know it. */
export function pageRetryKey(url: URL): string {
  const search = new URLSearchParams(url.searchParams);
  search.delete(RSC_PARAM);
  const query = search.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}

/**
 * 503, Retry-After, and the "we're having trouble" page; never kept by a shared cache. `headers`:
 * the request's headers as the proxy passes them on (they carry the page's nonce).
 */
export function unavailablePage(request: NextRequest, headers: Headers): NextResponse {
  const response = NextResponse.rewrite(new URL(UNAVAILABLE_PATH, request.url), { status: 503, request: { headers } });
  response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
  response.headers.set("Cache-Control", "no-store");
  return response;
}

/**
 * Passes a live page's GET on, with `headers` (as for unavailablePage), marked with its address
 * (and only ours: a client's copy is replaced).
 */
export function livePageRequest(request: NextRequest, headers: Headers): NextResponse {
  const passed = new Headers(headers);
  passed.set(PAGE_URL_HEADER, pageRetryKey(request.nextUrl));
  return NextResponse.next({ request: { headers: passed } });
}

/** Passes any other request on, with `headers` (the request's own by default), without a marker a client may have sent. */
export function unmarkedRequest(request: NextRequest, headers?: Headers): NextResponse {
  if (!headers && !request.headers.has(PAGE_URL_HEADER)) return NextResponse.next();
  const passed = new Headers(headers ?? request.headers);
  passed.delete(PAGE_URL_HEADER);
  return NextResponse.next({ request: { headers: passed } });
}

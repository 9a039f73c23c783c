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

/** 503, Retry-After, and the "we're having trouble" page; never kept by a shared cache. */
export function unavailablePage(request: NextRequest): NextResponse {
  const response = NextResponse.rewrite(new URL(UNAVAILABLE_PATH, request.url), { status: 503 });
  response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
  response.headers.set("Cache-Control", "no-store");
  return response;
}

/** Passes a live page's GET on, marked with its address (and only ours: a client's copy is replaced). */
export function livePageRequest(request: NextRequest): NextResponse {
  const headers = new Headers(request.headers);
  headers.set(PAGE_URL_HEADER, pageRetryKey(request.nextUrl));
  return NextResponse.next({ request: { headers } });
}

/** Passes any other request on, without a marker a client may have sent. */
export function unmarkedRequest(request: NextRequest): NextResponse {
  if (!request.headers.has(PAGE_URL_HEADER)) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.delete(PAGE_URL_HEADER);
  return NextResponse.next({ request: { headers } });
}

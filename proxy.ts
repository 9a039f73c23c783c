import { NextResponse, type NextRequest } from "next/server";
import { hasCachedPage } from "@/lib/page-cache/shared-page-cache.mjs";
import { pageAudienceFor } from "@/lib/page-cache/page-audience";
import { SHARED_PREFIX, sharedPath, sharedRouteFor, sharedRouteUrl } from "@/lib/page-cache/shared-routes";
import { databaseAnswers, databaseIsUnreachable, pageIsFailing } from "@/lib/database/health.mjs";
import { livePageRequest, pageRetryKey, UNAVAILABLE_PATH, unavailablePage, unmarkedRequest } from "@/lib/database/outage-gate";
import { PageNonce } from "@/lib/http/page-nonce";
import { isServerActionRequest, refuseBadServerAction, refuseLargeAuthBody } from "@/lib/http/request-guards";
import { legacyRedirectPath, mayBeLegacyLink } from "@/lib/wordpress/legacy-links";

function plainResponse(status: number, text: string): NextResponse {
  return new NextResponse(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/** Pages that exist only as a rewrite's destination. */
function isInternalPath(pathname: string): boolean {
  return [SHARED_PREFIX, UNAVAILABLE_PATH].some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** A redirect to a path on this site (Next.js makes the Location relative again when the host is ours). */
function redirectTo(request: NextRequest, location: string, status: 301 | 308): NextResponse {
  return NextResponse.redirect(new URL(location, request.url), status);
}

/**
 * Runs before routing:
 * - Server action requests that Next.js would fail with a 500 because of the request itself
 *   (another site's Origin, a body over 1 MB, a body that isn't an action's arguments) are
 *   answered 403, 413 or 400; so is a large body to Auth.js's endpoints (lib/http/request-guards.ts).
 * - A path with a broken percent-encoding (e.g. /reviews/%E0%A4%A) makes Next.js fail while
 *   decoding route params, which would surface as a bare 500: answer a plain 400 instead.
 * - Old links of an imported WordPress blog (`/?p=<id>`, `/2014/01/20/some-review/`) answer
 *   301 to their review (lib/wordpress/legacy-links.ts). This comes before the shared pages:
 *   `/` is one, and would answer `/?p=` with the home page.
 * - A trailing slash is removed with a 308, as Next.js does by default; it is done here
 *   (next.config.js: skipTrailingSlashRedirect) so that an old permalink, which ends in a
 *   slash, gets a single 301 rather than a 308 and then a 301.
 * - Readers of the public pages are served the cached rendering everyone in their audience
 *   shares, signed-out readers or members (lib/page-cache/shared-routes.ts); the /shared pages are
 *   never addressed directly.
 * - Every page request gets a fresh script nonce, in the Content-Security-Policy on the request
 *   (Next.js puts it on the scripts it renders) and, for a page rendered for this request, on
 *   the response; a page the page cache serves carries its rendering's own (lib/http/page-nonce.ts).
 * - While PostgreSQL doesn't answer, or a page's render has just failed for want of it, a page
 *   request is answered 503 with the "we're having trouble" page, unless the page cache holds
 *   the page (lib/database/outage-gate.ts). Other requests (server actions) go on: they answer
 *   a database failure with a clean error of their own.
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return plainResponse(400, "Bad request: the address is not valid.");
  }
  if (isInternalPath(pathname)) return plainResponse(404, "Not found.");
  if (pathname.startsWith("/api/auth/")) return (await refuseLargeAuthBody(request)) ?? unmarkedRequest(request);
  // Every page gets a script nonce of its own, or its cached rendering's (lib/http/page-nonce.ts).
  const nonce = new PageNonce(request);
  if (isServerActionRequest(request)) return (await refuseBadServerAction(request)) ?? nonce.rendered(unmarkedRequest(request, nonce.requestHeaders));
  if (request.method !== "GET" && request.method !== "HEAD") return nonce.rendered(unmarkedRequest(request, nonce.requestHeaders));

  if (mayBeLegacyLink(pathname, searchParams)) {
    const target = await legacyRedirectPath(pathname, searchParams, request.headers.get("host")).catch((error: unknown) => {
      // Without the database the page itself can't be served either; let the outage gate say so.
      console.error("Looking up an old WordPress link failed:", error);
      return null;
    });
    if (target) return redirectTo(request, target, 301);
  }
  if (pathname.length > 1 && pathname.endsWith("/")) {
    // One leading slash: "//evil.example/" must not become a link to another site.
    return redirectTo(request, `/${pathname.replace(/^\/+|\/+$/g, "")}${request.nextUrl.search}`, 308);
  }

  const databaseUp = !databaseIsUnreachable() || (await databaseAnswers());
  const route = sharedRouteFor(pathname, searchParams);
  if (route) {
    const cookieNames = request.cookies.getAll().map((cookie) => cookie.name);
    const audience = await pageAudienceFor(route, request.headers, cookieNames, { databaseUp }).catch((error: unknown) => {
      // The live page reads the database too, and a failure there is answered below.
      console.error("Choosing the shared page failed; rendering live:", error);
      return "live" as const;
    });
    if (audience !== "live") {
      const shared = sharedPath(route, audience);
      const renderable = databaseUp && !pageIsFailing(sharedRouteUrl(route));
      if (!renderable && !hasCachedPage(shared)) return nonce.cached(unavailablePage(request, nonce.requestHeaders));
      // Same origin as request.url, so Next.js treats it as internal (see skipProxyUrlNormalize
      // in next.config.js); it carries a client-side navigation's _rsc marker over by itself.
      const response = nonce.cached(NextResponse.rewrite(new URL(shared, request.url), { request: { headers: nonce.requestHeaders } }));
      // The same address is another audience's page, or a personal one: shared caches must not keep it.
      response.headers.set("Cache-Control", "private, no-cache");
      return response;
    }
  }
  if (databaseIsUnreachable() || pageIsFailing(pageRetryKey(request.nextUrl))) return nonce.cached(unavailablePage(request, nonce.requestHeaders));
  return nonce.rendered(livePageRequest(request, nonce.requestHeaders));
}

export const config = {
  // Every page (sitemap.xml included), its server actions, and old WordPress links and trailing
  // slashes, which can be anywhere: not Next.js's own files, files with an extension (no page's
  // address has one; an old permalink ending in ".html" is not redirected), or the route
  // handlers (app/api, app/feed.xml), which answer a database outage themselves and whose
  // bodies Next.js would buffer for the proxy (/api/admin/imports streams large exports); and
  // Auth.js's endpoints, for their body limit.
  matcher: ["/((?!_next/|api/|feed\\.xml$|(?!sitemap\\.xml$)(?:.*/)?[^/]+\\.\\w+$).*)", "/api/auth/:path*"],
};

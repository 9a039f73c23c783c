import { NextResponse, type NextRequest } from "next/server";
import { hasCachedPage } from "@/lib/cache/shared-page-cache.mjs";
import { pageAudienceFor } from "@/lib/cache/page-audience";
import { SHARED_PREFIX, sharedPath, sharedRouteFor, sharedRouteUrl } from "@/lib/cache/shared-routes";
import { databaseAnswers, databaseIsUnreachable, pageIsFailing } from "@/lib/database/health.mjs";
import { livePageRequest, pageRetryKey, UNAVAILABLE_PATH, unavailablePage, unmarkedRequest } from "@/lib/database/outage-gate";
import { isServerActionRequest, refuseBadServerAction, refuseLargeAuthBody } from "@/lib/http/request-guards";

function plainResponse(status: number, text: string): NextResponse {
  return new NextResponse(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/** Pages that exist only as a rewrite's destination. */
function isInternalPath(pathname: string): boolean {
  return [SHARED_PREFIX, UNAVAILABLE_PATH].some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/**
 * Runs before routing:
 * - Server action requests that Next.js would fail with a 500 because of the request itself
 *   (another site's Origin, a body over 1 MB, a body that isn't an action's arguments) are
 *   answered 403, 413 or 400; so is a large body to Auth.js's endpoints (lib/http/request-guards.ts).
 * - A path with a broken percent-encoding (e.g. /reviews/%E0%A4%A) makes Next.js fail while
 *   decoding route params, which would surface as a bare 500: answer a plain 400 instead.
 * - Readers of the public pages are served the cached rendering everyone in their audience
 *   shares, signed-out readers or members (lib/cache/shared-routes.ts); the /shared pages are
 *   never addressed directly.
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
  if (isServerActionRequest(request)) return (await refuseBadServerAction(request)) ?? unmarkedRequest(request);
  if (request.method !== "GET" && request.method !== "HEAD") return unmarkedRequest(request);

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
      if (!renderable && !hasCachedPage(shared)) return unavailablePage(request);
      // Same origin as request.url, so Next.js treats it as internal (see skipProxyUrlNormalize
      // in next.config.js); it carries a client-side navigation's _rsc marker over by itself.
      const response = NextResponse.rewrite(new URL(shared, request.url));
      // The same address is another audience's page, or a personal one: shared caches must not keep it.
      response.headers.set("Cache-Control", "private, no-cache");
      return response;
    }
  }
  if (databaseIsUnreachable() || pageIsFailing(pageRetryKey(request.nextUrl))) return unavailablePage(request);
  return livePageRequest(request);
}

export const config = {
  // Every page (sitemap.xml included), and the pages' server actions: not Next.js's own files,
  // files with an extension (no page's address has one), or the route handlers (app/api,
  // app/feed.xml), which answer a database outage themselves; and Auth.js's endpoints, for
  // their body limit.
  matcher: ["/((?!_next/|api/|feed\\.xml$|(?!sitemap\\.xml$)(?:.*/)?[^/]+\\.\\w+$).*)", "/api/auth/:path*"],
};

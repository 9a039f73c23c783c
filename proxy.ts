import { NextResponse, type NextRequest } from "next/server";
import { pageAudienceFor } from "@/lib/cache/page-audience";
import { SHARED_PREFIX, sharedPath, sharedRouteFor } from "@/lib/cache/shared-routes";
import { legacyRedirectPath, mayBeLegacyLink } from "@/lib/wordpress/legacy-links";

function plainResponse(status: number, text: string): NextResponse {
  return new NextResponse(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/** A redirect to a path on this site (Next.js makes the Location relative again when the host is ours). */
function redirectTo(request: NextRequest, location: string, status: 301 | 308): NextResponse {
  return NextResponse.redirect(new URL(location, request.url), status);
}

/**
 * Runs before routing:
 * - A path with a broken percent-encoding (e.g. /reviews/%E0%A4%A) makes Next.js fail while
 *   decoding route params, which would surface as a bare 500: answer a plain 400 instead.
 * - Old links of an imported WordPress blog (`/?p=<id>`, `/2014/01/20/some-review/`) answer
 *   301 to their review (lib/wordpress/legacy-links.ts). This comes before the shared pages:
 *   `/` is one, and would answer `/?p=` with the home page.
 * - A trailing slash is removed with a 308, as Next.js does by default; it is done here
 *   (next.config.js: skipTrailingSlashRedirect) so that an old permalink, which ends in a
 *   slash, gets a single 301 rather than a 308 and then a 301.
 * - Readers of the public pages are served the cached rendering everyone in their audience
 *   shares, signed-out readers or members (lib/cache/shared-routes.ts); the /shared pages are
 *   never addressed directly.
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return plainResponse(400, "Bad request: the address is not valid.");
  }
  if (pathname === SHARED_PREFIX || pathname.startsWith(`${SHARED_PREFIX}/`)) return plainResponse(404, "Not found.");

  const reading = request.method === "GET" || request.method === "HEAD";
  if (reading && mayBeLegacyLink(pathname, searchParams)) {
    const target = await legacyRedirectPath(pathname, searchParams, request.headers.get("host")).catch((error: unknown) => {
      // Without the database the page itself can't be served either; let it say so.
      console.error("Looking up an old WordPress link failed:", error);
      return null;
    });
    if (target) return redirectTo(request, target, 301);
  }
  if (pathname.length > 1 && pathname.endsWith("/")) {
    // One leading slash: "//evil.example/" must not become a link to another site.
    return redirectTo(request, `/${pathname.replace(/^\/+|\/+$/g, "")}${request.nextUrl.search}`, 308);
  }

  const route = reading ? sharedRouteFor(pathname, searchParams) : null;
  if (route) {
    const audience = await pageAudienceFor(route, request.headers, request.cookies.getAll().map((cookie) => cookie.name)).catch((error: unknown) => {
      // The live page reads the database too, and answers a failure with the error page.
      console.error("Choosing the shared page failed; rendering live:", error);
      return "live" as const;
    });
    if (audience !== "live") {
      // Same origin as request.url, so Next.js treats it as internal (see skipProxyUrlNormalize
      // in next.config.js); it carries a client-side navigation's _rsc marker over by itself.
      const response = NextResponse.rewrite(new URL(sharedPath(route, audience), request.url));
      // The same address is another audience's page, or a personal one: shared caches must not keep it.
      response.headers.set("Cache-Control", "private, no-cache");
      return response;
    }
  }
  return NextResponse.next();
}

export const config = {
  // Every request but Next.js's own files and the API: old WordPress links and trailing slashes
  // can be anywhere. Requests under Marquee's own routes cost no query unless they are shared
  // pages. The API stays out: when the proxy runs, Next.js buffers a request's body in memory
  // (up to 10 MB, then cuts it), and /api/admin/imports streams exports of hundreds of MB.
  matcher: ["/((?!_next/|api/).*)"],
};

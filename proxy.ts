import { NextResponse, type NextRequest } from "next/server";
import { GUEST_PREFIX, guestPathFor, hasSessionCookie } from "@/lib/cache/guest-routes";

function plainResponse(status: number, text: string): NextResponse {
  return new NextResponse(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/**
 * Runs before routing:
 * - A path with a broken percent-encoding (e.g. /reviews/%E0%A4%A) makes Next.js fail while
 *   decoding route params, which would surface as a bare 500: answer a plain 400 instead.
 * - Signed-out readers of the public pages are served the cached rendering every signed-out
 *   reader shares (lib/cache/guest-routes.ts); the /guest pages are never addressed directly.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return plainResponse(400, "Bad request: the address is not valid.");
  }
  if (pathname === GUEST_PREFIX || pathname.startsWith(`${GUEST_PREFIX}/`)) return plainResponse(404, "Not found.");

  const reading = request.method === "GET" || request.method === "HEAD";
  if (reading && !hasSessionCookie(request.cookies.getAll().map((cookie) => cookie.name))) {
    const guestPath = guestPathFor(pathname, searchParams);
    if (guestPath) {
      // Same origin as request.url, so Next.js treats it as internal (see skipProxyUrlNormalize
      // in next.config.js); it carries a client-side navigation's _rsc marker over by itself.
      const response = NextResponse.rewrite(new URL(guestPath, request.url));
      // The same address is a personal page once signed in: shared caches must not keep it.
      response.headers.set("Cache-Control", "private, no-cache");
      return response;
    }
  }
  return NextResponse.next();
}

export const config = {
  // The public pages signed-out readers share, the routes whose dynamic segments decode
  // user-supplied params, and /guest itself.
  matcher: ["/", "/films/:path*", "/reviews/:path*", "/users/:path*", "/comments/:path*", "/guest/:path*"],
};

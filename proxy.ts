import { NextResponse, type NextRequest } from "next/server";
import { pageAudienceFor } from "@/lib/cache/page-audience";
import { SHARED_PREFIX, sharedPath, sharedRouteFor } from "@/lib/cache/shared-routes";

function plainResponse(status: number, text: string): NextResponse {
  return new NextResponse(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/**
 * Runs before routing:
 * - A path with a broken percent-encoding (e.g. /reviews/%E0%A4%A) makes Next.js fail while
 *   decoding route params, which would surface as a bare 500: answer a plain 400 instead.
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

  const route = request.method === "GET" || request.method === "HEAD" ? sharedRouteFor(pathname, searchParams) : null;
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
  // The public pages readers share, the routes whose dynamic segments decode user-supplied
  // params, and /shared itself.
  matcher: ["/", "/films/:path*", "/reviews/:path*", "/users/:path*", "/comments/:path*", "/shared/:path*"],
};

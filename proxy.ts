import { NextResponse, type NextRequest } from "next/server";
import { pageAudienceFor } from "@/lib/cache/page-audience";
import { SHARED_PREFIX, sharedPath, sharedRouteFor } from "@/lib/cache/shared-routes";
import { isServerActionRequest, refuseBadServerAction, refuseLargeAuthBody } from "@/lib/http/request-guards";

function plainResponse(status: number, text: string): NextResponse {
  return new NextResponse(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
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
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  try {
    decodeURIComponent(pathname);
  } catch {
    return plainResponse(400, "Bad request: the address is not valid.");
  }
  if (pathname === SHARED_PREFIX || pathname.startsWith(`${SHARED_PREFIX}/`)) return plainResponse(404, "Not found.");
  if (pathname.startsWith("/api/auth/")) return (await refuseLargeAuthBody(request)) ?? NextResponse.next();
  if (isServerActionRequest(request)) return (await refuseBadServerAction(request)) ?? NextResponse.next();

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
  // params, /shared itself, Auth.js's endpoints, and server actions wherever they are posted.
  matcher: [
    "/",
    "/films/:path*",
    "/reviews/:path*",
    "/users/:path*",
    "/comments/:path*",
    "/shared/:path*",
    "/api/auth/:path*",
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};

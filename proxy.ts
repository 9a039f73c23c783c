import { NextResponse, type NextRequest } from "next/server";

/**
 * A path with a broken percent-encoding (e.g. /reviews/%E0%A4%A) makes Next.js fail while
 * decoding route params, which would surface as a bare 500. Answer those with a plain 400
 * before routing; every other request passes straight through.
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Bad request: the address is not valid.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return NextResponse.next();
}

export const config = {
  // Only routes with dynamic segments decode user-supplied params.
  matcher: ["/films/:path*", "/reviews/:path*", "/users/:path*", "/comments/:path*"],
};

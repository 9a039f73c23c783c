import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { SESSION_COOKIE } from "@/lib/page-cache/shared-routes";
import { sessionClaim } from "@/lib/auth";
import { withDatabase } from "@/lib/database/unavailable-response";
import { getViewerLayer } from "@/lib/page-cache/viewer-layer-query";
import { viewerLayerScope, type ViewerLayer } from "@/lib/page-cache/viewer-layer";

/**
 * GET /api/viewer[?review=<id> | ?film=<slug>]: the personal part of a shared member page, for
 * the member whose session cookie comes with the request and nobody else (lib/page-cache/viewer-layer.ts).
 * A session that no longer holds (signed out, ended everywhere, expired, the account deleted)
 * gets `{ account: null }` and its cookie cleared, so the page the browser asks for next is the
 * signed-out one. Without the database: 503.
 */
export const GET = withDatabase("json", async (request: NextRequest) => {
  const claim = await sessionClaim();
  const layer: ViewerLayer = claim ? await getViewerLayer(claim, viewerLayerScope(request.nextUrl.searchParams)) : { account: null };
  const response = NextResponse.json(layer, { headers: { "Cache-Control": "private, no-store" } });
  if (!layer.account) {
    for (const { name } of request.cookies.getAll()) {
      if (SESSION_COOKIE.test(name)) response.cookies.set(name, "", { maxAge: 0, path: "/", httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
    }
  }
  return response;
});

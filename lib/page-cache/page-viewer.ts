import type { Audience } from "@/lib/page-cache/shared-routes";
import { getViewerLayer } from "@/lib/page-cache/viewer-layer-query";
import { getCurrentUser, type CurrentUser } from "@/lib/session";
import type { ViewerLayer, ViewerLayerScope } from "@/lib/page-cache/viewer-layer";

/**
 * Who a page is rendered for. Live pages know; a shared page (lib/page-cache/shared-routes.ts) is
 * rendered once for a whole audience.
 */
export type PageViewer =
  /** A signed-out reader: live, or the shared guest page. */
  | { kind: "guest" }
  /** A live render for this signed-in member. */
  | { kind: "user"; user: CurrentUser }
  /**
   * The shared member page, for every signed-in member: member controls, nothing personal.
   * The browser fills in the rest from the viewer layer (lib/page-cache/viewer-layer-provider.tsx).
   */
  | { kind: "members" };

export async function liveViewer(): Promise<PageViewer> {
  const user = await getCurrentUser();
  return user ? { kind: "user", user } : { kind: "guest" };
}

export function audienceViewer(audience: Audience): PageViewer {
  return audience === "member" ? { kind: "members" } : { kind: "guest" };
}

/** The signed-in member a live page is for, if any. */
export function viewerUser(viewer: PageViewer): CurrentUser | null {
  return viewer.kind === "user" ? viewer.user : null;
}

/**
 * The viewer layer this render hands the browser ready-made (ServerViewerLayer): a live member's,
 * read with the same query as GET /api/viewer, or nobody's for guests. Null for the shared member
 * page, whose browser fetches its member's layer.
 */
export async function renderedViewerLayer(viewer: PageViewer, scope: ViewerLayerScope): Promise<ViewerLayer | null> {
  if (viewer.kind === "members") return null;
  if (viewer.kind === "guest") return { account: null };
  return getViewerLayer({ userId: viewer.user.id, sessionId: viewer.user.sessionId }, scope);
}

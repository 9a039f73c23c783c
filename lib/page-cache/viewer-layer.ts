// The viewer layer: what a shared member page (lib/page-cache/shared-routes.ts) leaves out because it
// is personal, fetched by the browser from GET /api/viewer in one small request; a live render
// computes the same and hands it over with the page. Shared by the route handler, the query
// behind it and the components that apply it.

/** The signed-in member, as the header and the forms need them. */
export interface ViewerAccount {
  handle: string;
  displayName: string;
  isStaff: boolean;
  unreadNotifications: number;
  /** The site requires a confirmed address to post and this member hasn't confirmed theirs. */
  mustVerifyEmail: boolean;
  /** Set while the account is suspended: the forms are replaced by this notice. */
  suspension: { until: string | null; reason: string | null } | null;
}

/** The member and a review page. */
export interface ReviewLayer {
  reviewId: string;
  isOwnReview: boolean;
  markedHelpful: boolean;
  /** The member's comments on the review. */
  ownComments: string[];
  upvotedComments: string[];
  /** Their comments still in the edit window (published or held, as the edit action takes them), with the Markdown the edit form starts from. */
  editableComments: Record<string, string>;
}

/** The member and a film page: their review of it, if they wrote one. */
export interface FilmLayer {
  filmSlug: string;
  ownReview: { id: string; state: "PUBLISHED" | "PENDING" | "HIDDEN" } | null;
}

/** `account: null`: the session is gone (signed out elsewhere, expired, deleted account). */
export type ViewerLayer = { account: null } | { account: ViewerAccount; review?: ReviewLayer; film?: FilmLayer };

/** What a page asks about besides the member: nothing, a review, or a film. */
export type ViewerLayerScope = { kind: "account" } | { kind: "review"; id: string } | { kind: "film"; slug: string };

export const VIEWER_LAYER_PATH = "/api/viewer";

export function viewerLayerUrl(scope: ViewerLayerScope): string {
  if (scope.kind === "review") return `${VIEWER_LAYER_PATH}?review=${encodeURIComponent(scope.id)}`;
  if (scope.kind === "film") return `${VIEWER_LAYER_PATH}?film=${encodeURIComponent(scope.slug)}`;
  return VIEWER_LAYER_PATH;
}

export function viewerLayerScope(search: URLSearchParams): ViewerLayerScope {
  const review = search.get("review");
  if (review) return { kind: "review", id: review };
  const film = search.get("film");
  if (film) return { kind: "film", slug: film };
  return { kind: "account" };
}

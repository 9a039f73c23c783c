"use client";

import { useRouter, useSelectedLayoutSegments } from "next/navigation";
import { createContext, use, useCallback, useEffect, useMemo, useState, type PropsWithChildren, type ReactNode } from "react";
import { parseSharedSegments, SHARED_PREFIX } from "@/lib/page-cache/shared-routes";
import { viewerLayerUrl, type FilmLayer, type ReviewLayer, type ViewerAccount, type ViewerLayer, type ViewerLayerScope } from "@/lib/page-cache/viewer-layer";

/**
 * - "off": a page that shows nothing personal besides the header (which the server rendered).
 * - "loading": a shared member page whose personal part hasn't arrived yet.
 * - "ready": it has (for this page's scope; the account carries over between pages), or the
 *   server rendered the page with its layer (ServerViewerLayer).
 * - "failed": the request failed; the page stays as the server sent it.
 */
type LayerStatus = "off" | "loading" | "ready" | "failed";

/** A review page's layer, with the id lists as sets: every comment in the thread looks itself up. */
export interface PersonalReview extends Omit<ReviewLayer, "ownComments" | "upvotedComments"> {
  ownComments: ReadonlySet<string>;
  upvotedComments: ReadonlySet<string>;
}

interface ViewerLayerState {
  status: LayerStatus;
  /** The member, once known; kept while the next page's layer loads, so the header doesn't flicker. */
  account: ViewerAccount | null;
  review: PersonalReview | null;
  film: FilmLayer | null;
  /** Fetches the layer again: after anything that changes the member's own state. */
  reload: () => void;
}

const OFF: ViewerLayerState = { status: "off", account: null, review: null, film: null, reload: () => undefined };
const ViewerLayerContext = createContext<ViewerLayerState>(OFF);

/** The state of a page whose layer is `layer`, for this page's scope (`current`) or still a previous page's. */
function layerState(status: LayerStatus, layer: ViewerLayer | undefined, current: boolean, reload: () => void): ViewerLayerState {
  const review = current && layer?.account ? layer.review : undefined;
  return {
    status,
    account: layer?.account ?? null,
    review: review ? { ...review, ownComments: new Set(review.ownComments), upvotedComments: new Set(review.upvotedComments) } : null,
    film: current && layer?.account ? (layer.film ?? null) : null,
    reload,
  };
}

/** The scope of the shared member page being shown, from its route segments; null elsewhere. */
function memberPageScope(segments: readonly string[]): ViewerLayerScope | null {
  if (segments[0] !== SHARED_PREFIX.slice(1)) return null;
  const page = parseSharedSegments(segments.slice(1));
  if (page?.audience !== "member") return null;
  if (page.kind === "review") return { kind: "review", id: page.key! };
  if (page.kind === "film") return { kind: "film", slug: page.key! };
  return { kind: "account" };
}

/**
 * Fetches and holds the viewer layer (lib/page-cache/viewer-layer.ts) while a shared member page is shown.
 * Every other page that shows something personal brings its layer from the server instead
 * (ServerViewerLayer), so personal parts read one source, useViewerLayer(), wherever they are.
 * It sits in the root layout: route segments (unlike the pathname) name the shared page both on
 * the server and in the browser, so the first render agrees on both sides.
 */
export function ViewerLayerProvider({ children }: { children: ReactNode }) {
  const router = useRouter();
  const scope = memberPageScope(useSelectedLayoutSegments());
  const url = scope ? viewerLayerUrl(scope) : null;
  const [loaded, setLoaded] = useState<{ url: string; layer: ViewerLayer } | null>(null);
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  // Leaving the shared member pages (for sign-out, say) forgets whose layer this was.
  const [previousUrl, setPreviousUrl] = useState(url);
  if (url !== previousUrl) {
    setPreviousUrl(url);
    if (!url) setLoaded(null);
  }

  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    fetch(url, { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<ViewerLayer>) : Promise.reject(new Error(String(response.status)))))
      .then((layer) => {
        setLoaded({ url, layer });
        setFailedUrl(null);
        // The session is gone and its cookie was cleared: show the page as signed-out readers see it.
        if (!layer.account) router.refresh();
      })
      .catch(() => {
        if (!controller.signal.aborted) setFailedUrl(url);
      });
    return () => controller.abort();
  }, [url, version, router]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);
  const value = useMemo<ViewerLayerState>(() => {
    if (!url) return OFF;
    const current = loaded?.url === url;
    return layerState(current ? "ready" : failedUrl === url ? "failed" : "loading", loaded?.layer, current, reload);
  }, [url, loaded, failedUrl, reload]);

  return <ViewerLayerContext value={value}>{children}</ViewerLayerContext>;
}

/**
 * The viewer layer a page's server render computed itself (renderedViewerLayer in
 * lib/page-cache/page-viewer.ts): a live member's, from the same query as GET /api/viewer, or nobody's on a
 * guest page. Ready from the first paint, with no request; after the member's action, the page's
 * refresh renders it again on the server. Null on the shared member page: the provider above
 * fetches that one.
 */
export function ServerViewerLayer({ layer, children }: PropsWithChildren<{ layer: ViewerLayer | null }>) {
  const parent = use(ViewerLayerContext);
  const value = useMemo(() => (layer ? layerState("ready", layer, true, OFF.reload) : parent), [layer, parent]);
  return <ViewerLayerContext value={value}>{children}</ViewerLayerContext>;
}

export function useViewerLayer(): ViewerLayerState {
  return use(ViewerLayerContext);
}

/** router.refresh(), plus the viewer layer on a shared member page: for after a member's action. */
export function usePageRefresh(): () => void {
  const router = useRouter();
  const { reload } = useViewerLayer();
  return useCallback(() => {
    router.refresh();
    reload();
  }, [router, reload]);
}

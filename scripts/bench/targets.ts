// What the bench measures, and the goals from the performance issue (for this 2-core machine).
// Signed-out readers and members each share a cached page, and members' pages are completed in
// the browser by the viewer layer (see "Running at scale" in README.md), so each page is
// measured twice: anonymously, and as a member's page view (the page, then its viewer layer).
import { viewerLayerUrl, type ViewerLayerScope } from "@/lib/page-cache/viewer-layer";
import type { BenchDataset } from "./dataset";

const PAGE_NAMES = ["home", "film-2k-reviews", "review-2k-comments", "review-10k-comments"] as const;
type PageName = (typeof PAGE_NAMES)[number];
type SignedInName = `${PageName}-signed-in`;
/** The 2,000-comment review without Accept-Encoding: what compressing each response costs. */
const UNCOMPRESSED = "review-2k-comments-uncompressed";
/** The 2,000-comment review for signed-out readers while a writer comments on it once a second. */
const UNDER_WRITES = "review-2k-comments-under-writes";
/** The big film's page for signed-out readers while a writer comments once a second on a review whose card isn't on it. */
const FILM_UNDER_WRITES = "film-2k-reviews-under-writes";
export type TargetName = PageName | SignedInName | typeof UNCOMPRESSED | typeof UNDER_WRITES | typeof FILM_UNDER_WRITES | "post-comment";

const signedInName = (name: PageName): SignedInName => `${name}-signed-in`;

/** Each page's extra variants, after the page and the page signed in. */
const VARIANT_NAMES: Partial<Record<PageName, TargetName[]>> = {
  "film-2k-reviews": [FILM_UNDER_WRITES],
  "review-2k-comments": [UNCOMPRESSED, UNDER_WRITES],
};

/** In the order they run: each page, then the same page signed in (and the big film and review under writes, and the review uncompressed), then the action. */
export const TARGET_NAMES: readonly TargetName[] = [...PAGE_NAMES.flatMap((name): TargetName[] => [name, signedInName(name), ...(VARIANT_NAMES[name] ?? [])]), "post-comment"];

/** What browsers send, and so what the bench sends with every page load (Next.js then answers gzip). */
export const BROWSER_ACCEPT_ENCODING = { "accept-encoding": "gzip, deflate, br" } as const;

export interface Target {
  name: TargetName;
  label: string;
  /** The page, or for the action the page it is posted from (as the browser does). */
  path: string;
  kind: "page" | "post-comment";
  /** Every request carries a session cookie, the next member's each time (MemberRotation). */
  signedIn: boolean;
  /** Requested without Accept-Encoding (every other page is requested as browsers do, with it). */
  uncompressed?: true;
  /** While the load runs, a writer posts a comment to this review once a second (scripts/bench/writer.ts). */
  writer?: { reviewId: string };
  /** Pages: what the page's viewer layer is about (fetched after the page, signed in). */
  layerScope?: ViewerLayerScope;
  /** Review pages: the review whose comment bodies are looked for twice. The action: where it posts. */
  reviewId?: string;
  /**
   * A page of the same kind with far less data: its statement count must equal this one's
   * ("constant whatever the size of the data"). Counted only, not loaded.
   */
  smallCounterpart?: { label: string; path: string; layerScope?: ViewerLayerScope };
  goals: {
    minRequestsPerSecond?: number;
    maxP95Ms?: number;
    maxPageKb?: number;
    noBodySentTwice?: boolean;
    /** req/s at least this share of another target's, measured in the same run. */
    minShareOf?: { target: TargetName; share: number };
    /** A new comment shows on the page for signed-out readers within this long (p95), from its post being sent. */
    maxVisibleP95Ms?: number;
  };
}

/** Goals every target shares: constant SQL, at most 6 statements a page, no error responses. */
export const MAX_QUERIES_PER_PAGE = 6;

type PageTarget = Target & { name: PageName };

/**
 * The page as a member sees it: the page and its viewer layer, one after the other, as a
 * browser fetches them. The goals table doesn't tell members from readers, so the goals are
 * the same, and apply to the whole page view.
 */
function signedInVariant(page: PageTarget): Target {
  const { smallCounterpart } = page;
  return {
    ...page,
    name: signedInName(page.name),
    label: `${page.label} (signed in)`,
    signedIn: true,
    smallCounterpart: smallCounterpart && { ...smallCounterpart, label: `${smallCounterpart.label} (signed in)` },
  };
}

export function benchTargets(data: BenchDataset): Target[] {
  const { reviews } = data;
  const pages: PageTarget[] = [
    { name: "home", label: "Home page", path: "/", kind: "page", signedIn: false, layerScope: { kind: "account" }, goals: { minRequestsPerSecond: 150 } },
    {
      name: "film-2k-reviews",
      label: "Film page, 2,000 reviews",
      path: `/films/${data.bigFilmSlug}`,
      kind: "page",
      signedIn: false,
      layerScope: { kind: "film", slug: data.bigFilmSlug },
      smallCounterpart: { label: "Film page, ~90 reviews", path: `/films/${data.typicalFilmSlug}`, layerScope: { kind: "film", slug: data.typicalFilmSlug } },
      goals: { minRequestsPerSecond: 100, maxP95Ms: 150 },
    },
    {
      name: "review-2k-comments",
      label: "Review page, 2,000 comments",
      path: `/reviews/${reviews.comments2k}`,
      kind: "page",
      signedIn: false,
      layerScope: { kind: "review", id: reviews.comments2k },
      reviewId: reviews.comments2k,
      smallCounterpart: { label: "Review page, 10 comments", path: `/reviews/${reviews.comments10}`, layerScope: { kind: "review", id: reviews.comments10 } },
      goals: { minRequestsPerSecond: 50, maxP95Ms: 300, maxPageKb: 300, noBodySentTwice: true },
    },
    {
      name: "review-10k-comments",
      label: "Review page, 10,000 comments",
      path: `/reviews/${reviews.comments10k}`,
      kind: "page",
      signedIn: false,
      layerScope: { kind: "review", id: reviews.comments10k },
      reviewId: reviews.comments10k,
      smallCounterpart: { label: "Review page, 10 comments", path: `/reviews/${reviews.comments10}`, layerScope: { kind: "review", id: reviews.comments10 } },
      goals: {},
    },
  ];
  // The big review twice more: without compression, and while it is being commented on. The big
  // film while its oldest review (on the last of its pages, not on the home page) is commented on:
  // what a comment costs the pages that don't show its review's card.
  const variants = (page: PageTarget): Target[] => {
    const underWrites = { ...page, label: `${page.label} (a comment a second)`, smallCounterpart: undefined, writer: { reviewId: reviews.comments2k } };
    const shareOfQuiet = { target: page.name, share: 0.7 };
    if (page.name === "film-2k-reviews") return [{ ...underWrites, name: FILM_UNDER_WRITES, label: `${page.label} (a comment a second on a review not on it)`, goals: { minShareOf: shareOfQuiet } }];
    if (page.name !== "review-2k-comments") return [];
    return [
      { ...page, name: UNCOMPRESSED, label: `${page.label} (no Accept-Encoding)`, uncompressed: true, smallCounterpart: undefined, goals: {} },
      { ...underWrites, name: UNDER_WRITES, goals: { minShareOf: shareOfQuiet, maxVisibleP95Ms: 2_000 } },
    ];
  };
  return [
    ...pages.flatMap((page) => [page, signedInVariant(page), ...variants(page)]),
    {
      name: "post-comment",
      label: "Post a comment (action)",
      path: `/reviews/${reviews.postTarget}`,
      kind: "post-comment",
      signedIn: true,
      reviewId: reviews.postTarget,
      goals: { maxP95Ms: 150 },
    },
  ];
}

/** Where a signed-in page's viewer layer is fetched from, or null for targets without one. */
export function viewerLayerPath(target: Target): string | null {
  return target.signedIn && target.layerScope ? viewerLayerUrl(target.layerScope) : null;
}

// What the bench measures, and the goals from the performance issue (for this 2-core machine).
import type { BenchDataset } from "./dataset";

export const TARGET_NAMES = ["home", "film-2k-reviews", "review-2k-comments", "review-10k-comments", "post-comment"] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

export interface Target {
  name: TargetName;
  label: string;
  /** The page, or for the action the page it is posted from (as the browser does). */
  path: string;
  kind: "page" | "post-comment";
  /** Review pages: the review whose comment bodies are looked for twice. The action: where it posts. */
  reviewId?: string;
  goals: { minRequestsPerSecond?: number; maxP95Ms?: number; maxPageKb?: number; noBodySentTwice?: boolean };
}

/** Goals every target shares: constant SQL, at most 6 statements a page, no error responses. */
export const MAX_QUERIES_PER_PAGE = 6;

export function benchTargets(data: BenchDataset): Target[] {
  const { reviews } = data;
  return [
    { name: "home", label: "Home page", path: "/", kind: "page", goals: { minRequestsPerSecond: 150 } },
    {
      name: "film-2k-reviews",
      label: "Film page, 2,000 reviews",
      path: `/films/${data.bigFilmSlug}`,
      kind: "page",
      goals: { minRequestsPerSecond: 100, maxP95Ms: 150 },
    },
    {
      name: "review-2k-comments",
      label: "Review page, 2,000 comments",
      path: `/reviews/${reviews.comments2k}`,
      kind: "page",
      reviewId: reviews.comments2k,
      goals: { minRequestsPerSecond: 50, maxP95Ms: 300, maxPageKb: 300, noBodySentTwice: true },
    },
    {
      name: "review-10k-comments",
      label: "Review page, 10,000 comments",
      path: `/reviews/${reviews.comments10k}`,
      kind: "page",
      reviewId: reviews.comments10k,
      goals: {},
    },
    {
      name: "post-comment",
      label: "Post a comment (action)",
      path: `/reviews/${reviews.postTarget}`,
      kind: "post-comment",
      reviewId: reviews.postTarget,
      goals: { maxP95Ms: 150 },
    },
  ];
}

/**
 * Pages of the same kind with far less data: their statement count must equal the big ones'
 * ("constant whatever the size of the data"). Counted only, not loaded.
 */
export function smallCounterparts(data: BenchDataset): Partial<Record<TargetName, { label: string; path: string }>> {
  return {
    "film-2k-reviews": { label: "Film page, ~90 reviews", path: `/films/${data.typicalFilmSlug}` },
    "review-2k-comments": { label: "Review page, 10 comments", path: `/reviews/${data.reviews.comments10}` },
    "review-10k-comments": { label: "Review page, 10 comments", path: `/reviews/${data.reviews.comments10}` },
  };
}

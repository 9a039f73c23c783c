import type { Prisma } from "@/lib/generated/prisma/client";

export const REVIEW_SORTS = ["newest", "helpful", "highest", "lowest"] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];
export const DEFAULT_REVIEW_SORT: ReviewSort = "newest";

/** `?sort=` as it arrives (missing, repeated, or anything at all) → a known sort. */
export function parseReviewSort(value: string | string[] | undefined): ReviewSort {
  const first = Array.isArray(value) ? value[0] : value;
  return REVIEW_SORTS.find((sort) => sort === first) ?? DEFAULT_REVIEW_SORT;
}

/**
 * Every order ends on (createdAt, id), so pages never overlap or skip a review. Reviews
 * without a rating sort after every rated one, whichever way ratings go.
 */
export function reviewOrderBy(sort: ReviewSort): Prisma.ReviewOrderByWithRelationInput[] {
  const newestFirst: Prisma.ReviewOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];
  switch (sort) {
    case "helpful":
      return [{ helpfulCount: "desc" }, ...newestFirst];
    case "highest":
      return [{ rating: { sort: "desc", nulls: "last" } }, ...newestFirst];
    case "lowest":
      return [{ rating: { sort: "asc", nulls: "last" } }, ...newestFirst];
    case "newest":
      return newestFirst;
  }
}

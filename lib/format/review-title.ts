import { creditName, type Credit } from "@/lib/format/credit";

/** A review's heading: its own title, or "Review by …" for a rating posted without one. */
export function reviewTitle(review: { title: string | null; credit: Credit }): string {
  return review.title?.trim() || `Review by ${creditName(review.credit)}`;
}

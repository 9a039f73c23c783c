import type { ReactNode } from "react";
import type { ReviewCardData } from "@/lib/queries/reviews";
import { ReviewCard } from "./review-card";

/** Reviews separated by hairlines, or the designed empty state when there are none. */
export function ReviewList({
  reviews,
  showFilm = false,
  empty,
}: {
  reviews: readonly ReviewCardData[];
  showFilm?: boolean;
  empty: ReactNode;
}) {
  if (reviews.length === 0) return <>{empty}</>;
  return (
    <ol className="divide-y divide-line border-y border-line">
      {reviews.map((review) => (
        <li key={review.id}>
          <ReviewCard review={review} showFilm={showFilm} />
        </li>
      ))}
    </ol>
  );
}

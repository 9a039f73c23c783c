import { formatStarCount, ratingToStars } from "@/lib/format/rating";
import { pluralize } from "@/lib/format/counts";

/**
 * A small row of ten bars, ½ star to 5 stars. Each bar's height is its share of the tallest
 * one; screen readers read each bar as "4.5 stars: 2 reviews".
 */
export function RatingHistogram({ histogram, label }: { histogram: readonly number[]; label: string }) {
  const tallest = Math.max(1, ...histogram);
  return (
    <div className="w-full">
      <ol aria-label={label} className="flex h-14 items-end gap-[3px]">
        {histogram.map((count, index) => {
          const text = `${formatStarCount(ratingToStars(index + 1))}: ${pluralize(count, "review")}`;
          const height = count === 0 ? 0 : Math.max(8, Math.round((count / tallest) * 100));
          return (
            <li key={index} className="flex h-full flex-1 items-end" title={text}>
              <span className="sr-only">{text}</span>
              <span
                aria-hidden="true"
                className={count === 0 ? "h-[2px] w-full rounded-sm bg-line-strong" : "w-full rounded-t-sm bg-star"}
                style={count === 0 ? undefined : { height: `${height}%` }}
              />
            </li>
          );
        })}
      </ol>
      <div aria-hidden="true" className="mt-1 flex justify-between text-xs text-muted">
        <span>½★</span>
        <span>5★</span>
      </div>
    </div>
  );
}

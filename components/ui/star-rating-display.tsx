import { formatStars, MAX_STARS, roundToHalfStar, starsLabel } from "@/lib/format/rating";

const SIZES = {
  sm: { star: "size-3.5", text: "text-sm" },
  md: { star: "size-4.5", text: "text-base" },
  lg: { star: "size-6", text: "text-2xl" },
} as const;

const STAR_PATH =
  "M12 2.5l2.94 5.96 6.58.96-4.76 4.64 1.12 6.55L12 17.52l-5.88 3.09 1.12-6.55L2.48 9.42l6.58-.96L12 2.5z";

export type StarFill = "full" | "half" | "empty";

/** One star, whole, half or empty; decorative (the caller names the rating). */
export function Star({ fill, className }: { fill: StarFill; className: string }) {
  return (
    <svg viewBox="0 0 24 24" className={className} aria-hidden="true" focusable="false">
      <path d={STAR_PATH} className="fill-star-empty" />
      {fill !== "empty" && (
        // The star is symmetric about x = 12, so clipping the right half leaves exactly half a star.
        <path d={STAR_PATH} className="fill-star" style={fill === "half" ? { clipPath: "inset(0 50% 0 0)" } : undefined} />
      )}
    </svg>
  );
}

/**
 * Stars with halves and, always, the number beside them (★★★★½ 4.5), so neither colour nor
 * shape carries the rating alone. Screen readers hear one phrase: "4.5 out of 5 stars".
 */
export function StarRatingDisplay({
  stars,
  size = "md",
  showNumber = true,
}: {
  /** 0.5..5; averages are drawn to the nearest half star but printed with one decimal. */
  stars: number;
  size?: keyof typeof SIZES;
  showNumber?: boolean;
}) {
  const drawn = roundToHalfStar(stars);
  const classes = SIZES[size];
  return (
    <span className="inline-flex items-center gap-1.5" role="img" aria-label={starsLabel(stars)}>
      <span className="inline-flex gap-px">
        {Array.from({ length: MAX_STARS }, (_, index) => {
          const fill: StarFill = drawn >= index + 1 ? "full" : drawn >= index + 0.5 ? "half" : "empty";
          return <Star key={index} fill={fill} className={classes.star} />;
        })}
      </span>
      {showNumber && (
        <span className={`${classes.text} font-semibold tabular-nums text-ink`} aria-hidden="true">
          {formatStars(stars)}
        </span>
      )}
    </span>
  );
}

/** A review's rating, or a quiet "No rating" when the author gave none. */
export function ReviewRating({ rating, size = "md" }: { rating: number | null; size?: keyof typeof SIZES }) {
  if (rating === null) return <span className="text-sm text-muted">No rating</span>;
  return <StarRatingDisplay stars={rating / 2} size={size} />;
}

import type { ReviewDate } from "@/lib/queries/reviews";

/**
 * Critics' reviews were imported from a source (dated by it), community reviews written here.
 * A member who claimed their imported review still has a critic's review: it keeps its source.
 */
export function ReviewKindBadge({ date }: { date: ReviewDate }) {
  const critic = date.kind === "source";
  return (
    <span
      className={`inline-flex items-center rounded-full border px-2 py-0.5 text-[0.6875rem] leading-none font-semibold tracking-wider uppercase ${
        critic ? "border-accent-text/40 text-accent-text" : "border-line-strong text-muted"
      }`}
    >
      {critic ? "Critic" : "Community"}
    </span>
  );
}

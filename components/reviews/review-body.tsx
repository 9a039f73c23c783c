import type { ReviewDetail } from "@/lib/queries/reviews";
import { MarkdownContent } from "@/lib/markdown";

/**
 * A review's text. One marked as containing spoilers stays closed behind a native <details>
 * until the reader opens it, which works without JavaScript and is announced as expandable.
 */
export function ReviewBody({ review }: { review: Pick<ReviewDetail, "body" | "hasSpoilers"> & { film: { title: string } } }) {
  if (!review.body.trim()) return <p className="mt-10 text-muted italic">A rating without a written review.</p>;
  const text = <MarkdownContent markdown={review.body} variant="review" className="text-ink" />;
  if (!review.hasSpoilers) return <div className="mt-10">{text}</div>;

  return (
    <details className="group mt-8">
      <summary className="flex cursor-pointer list-none flex-wrap items-center justify-between gap-3 rounded-lg border border-accent/40 bg-accent-soft/60 px-4 py-3 text-sm text-ink [&::-webkit-details-marker]:hidden">
        <span>
          <strong className="font-semibold">Spoiler warning.</strong> This review discusses the plot of {review.film.title}.
        </span>
        <span className="rounded-md bg-surface px-3 py-1.5 font-medium shadow-sm ring-1 ring-line-strong group-open:hidden">
          Show review (contains spoilers)
        </span>
        <span className="hidden rounded-md px-3 py-1.5 font-medium text-muted group-open:inline">Hide review</span>
      </summary>
      <div className="mt-8">{text}</div>
    </details>
  );
}

import Link from "next/link";
import type { EditSummary } from "@/lib/queries/review-history";
import { formatExactDateTime } from "@/lib/format/dates";
import { ratingChange } from "./review-version-change";

/** "Rating 4.5 → 3 stars · Title · Text": what one edit changed, in a line. */
function changes(edit: EditSummary): string {
  const parts = [
    edit.rating && `Rating ${ratingChange(edit.rating.before, edit.rating.after).replace(/^N/, "n")}`,
    edit.titleChanged && "Title",
    edit.textChanged && "Text",
    edit.spoilersChanged && "Spoiler mark",
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : "No visible change";
}

export function editHref(reviewId: string, number: number): string {
  return `/reviews/${reviewId}/history?edit=${number}`;
}

/** One page of a review's edits, newest first, each a link to what it changed. */
export function EditList({ reviewId, edits, selected }: { reviewId: string; edits: EditSummary[]; selected: number }) {
  return (
    <ol className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface">
      {edits.map((edit) => (
        <li key={edit.number}>
          <Link
            href={editHref(reviewId, edit.number)}
            aria-current={edit.number === selected ? "true" : undefined}
            className="block px-4 py-2.5 hover:bg-sunken aria-[current=true]:bg-accent-soft/60"
          >
            <span className="flex flex-wrap items-baseline gap-x-3">
              <span className="w-16 font-medium text-ink tabular-nums">Edit {edit.number}</span>
              <time dateTime={edit.editedAt.toISOString()} className="text-sm text-ink">
                {formatExactDateTime(edit.editedAt)}
              </time>
            </span>
            <span className="block text-sm text-muted sm:pl-19">{changes(edit)}</span>
          </Link>
        </li>
      ))}
    </ol>
  );
}

import type { ReactNode } from "react";
import type { ReviewEdit, ReviewVersion } from "@/lib/queries/review-history";
import { formatExactDateTime } from "@/lib/format/dates";
import { formatStarCount, ratingToStars } from "@/lib/format/rating";
import { MarkdownContent } from "@/lib/markdown";
import { DiffLegend, TextDiff } from "./text-diff";

const ratingLabel = (rating: number) => formatStarCount(ratingToStars(rating));

function ratingText(rating: number | null): string {
  return rating === null ? "no rating" : ratingLabel(rating);
}

/** "3 → 4.5 stars", "No rating → 4 stars". */
export function ratingChange(before: number | null, after: number | null): string {
  if (before !== null && after !== null) return `${ratingLabel(before).replace(/ stars?$/, "")} → ${ratingLabel(after)}`;
  const text = `${ratingText(before)} → ${ratingText(after)}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[6rem_1fr] sm:gap-4">
      <dt className="text-sm font-medium text-muted">{term}</dt>
      <dd className="min-w-0 text-ink">{children}</dd>
    </div>
  );
}

function FullVersion({ number, version }: { number: number; version: ReviewVersion }) {
  return (
    <details className="mt-5 border-t border-line pt-4">
      <summary className="cursor-pointer text-sm font-medium text-accent-text">Read version {number} in full</summary>
      <div className="mt-4">
        <p className="text-sm text-muted">
          {ratingText(version.rating).replace(/^n/, "N")}
          {version.title ? ` · “${version.title}”` : ""}
        </p>
        {version.body.trim() ? (
          <MarkdownContent markdown={version.body} variant="review" className="mt-3 text-ink" />
        ) : (
          <p className="mt-3 text-sm text-muted italic">No written review.</p>
        )}
      </div>
    </details>
  );
}

/**
 * One edit in a review's history: the earlier version (`before`) against the one that replaced
 * it (`after`), field by field, and the earlier version in full behind a disclosure.
 */
export function ReviewVersionChange({ edit, isCurrent }: { edit: ReviewEdit; isCurrent: boolean }) {
  const { number, before, after } = edit;
  const titleChanged = (before.title ?? "") !== (after.title ?? "");
  const bodyChanged = before.body !== after.body;
  return (
    <article aria-labelledby="edit-heading" className="rounded-xl border border-line bg-surface p-5 sm:p-6">
      <header>
        <h2 id="edit-heading" className="font-semibold text-ink">
          Edited <time dateTime={edit.editedAt.toISOString()}>{formatExactDateTime(edit.editedAt)}</time>
        </h2>
        <p className="mt-0.5 text-sm text-muted">
          Version {number} → version {number + 1}
          {isCurrent ? " (current)" : ""}
        </p>
        {(titleChanged || bodyChanged) && (
          <div className="mt-3">
            <DiffLegend />
          </div>
        )}
      </header>
      <dl className="mt-5 space-y-4">
        {before.rating !== after.rating && <Row term="Rating">{ratingChange(before.rating, after.rating)}</Row>}
        {before.hasSpoilers !== after.hasSpoilers && (
          <Row term="Spoilers">{after.hasSpoilers ? "Marked as containing spoilers" : "No longer marked as containing spoilers"}</Row>
        )}
        {titleChanged && (
          <Row term="Title">
            <TextDiff before={before.title ?? ""} after={after.title ?? ""} className="font-serif text-lg font-semibold" />
          </Row>
        )}
        {bodyChanged && (
          <Row term="Text">
            <TextDiff before={before.body} after={after.body} className="font-serif text-[1.0625rem] leading-relaxed" />
          </Row>
        )}
        {!titleChanged && !bodyChanged && <Row term="Text">Unchanged</Row>}
      </dl>
      <FullVersion number={number} version={before} />
    </article>
  );
}

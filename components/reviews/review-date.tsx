import type { ReviewDate as ReviewDateValue } from "@/lib/queries/reviews";
import { formatCalendarDate, formatExactDateTime, isoCalendarDate } from "@/lib/format/dates";

export const UNDATED_SOURCE = "Date not given by the source";

/**
 * When a review appeared: the day a member posted it, or the day its source published it.
 * Imported reviews whose source gave no date say so rather than show the import date.
 */
export function ReviewDate({ date }: { date: ReviewDateValue }) {
  if (date.kind === "posted") {
    return (
      <time dateTime={date.at.toISOString()} title={formatExactDateTime(date.at)}>
        {formatCalendarDate(date.at)}
      </time>
    );
  }
  if (!date.on) return <span>{UNDATED_SOURCE}</span>;
  return <time dateTime={isoCalendarDate(date.on)}>{formatCalendarDate(date.on)}</time>;
}

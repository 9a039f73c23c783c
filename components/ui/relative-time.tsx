import { formatExactDateTime, formatRelativeTime } from "@/lib/format/dates";

/** "3 days ago", with the exact time on hover and in the machine-readable dateTime. */
export function RelativeTime({ date, now }: { date: Date; now?: Date }) {
  return (
    <time dateTime={date.toISOString()} title={formatExactDateTime(date)}>
      {formatRelativeTime(date, now)}
    </time>
  );
}

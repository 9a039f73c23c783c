// Dates are formatted on the server, in UTC, in English. Calendar dates (a source's
// publication day, a film's release) are stored at UTC midnight and must not shift a day.

const calendarDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const twoDigits = (value: number) => String(value).padStart(2, "0");

const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/** "19 March 2014" */
export function formatCalendarDate(date: Date): string {
  return calendarDate.format(date);
}

/**
 * "22 November 2026 at 03:12 UTC", for the hover title of a relative time. Spelled out rather
 * than left to Intl, whose wording differs between ICU versions: the comment thread formats it
 * in the browser too (from the dateTime it already has), and both sides must agree.
 */
export function formatExactDateTime(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} at ${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())} UTC`;
}

/** "2014-03-19": the machine-readable value of a calendar date's <time dateTime>. */
export function isoCalendarDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "just now", "5 minutes ago", "yesterday", "3 years ago". */
export function formatRelativeTime(date: Date, now: Date = new Date()): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  if (Math.abs(seconds) < 45) return "just now";
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.trunc(seconds / size), unit);
  }
  return relative.format(Math.trunc(seconds / 60) || (seconds < 0 ? -1 : 1), "minute");
}

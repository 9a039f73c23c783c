// WordPress dates are "YYYY-MM-DD HH:MM:SS" strings: *_gmt in UTC, the others in the blog's
// time zone, which a WXR file does not name. "0000-00-00 00:00:00" means "no date" (drafts,
// and posts or comments some plugins imported). Times of day are always kept.

const WP_DATE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

/** The date's fields as if they were UTC, in ms; null for an empty, zero or malformed date. */
export function wallClockMs(value: string | null): number | null {
  const match = value ? WP_DATE.exec(value.trim()) : null;
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  if (year === 0 || month === 0 || day === 0) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 2014-02-31 over into March: such a date is malformed, not a date.
  const check = new Date(ms);
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? ms : null;
}

/** How the blog's local dates become UTC: a named zone, a fixed offset, or learnt from the file. */
export type BlogTimeZone = { kind: "zone"; name: string } | { kind: "offset"; minutes: number } | { kind: "inferred"; samples: OffsetSamples };

/** Parses `--timezone`: an IANA name ("Europe/Paris", "UTC") or an offset ("+01:00", "-0530"). */
export function parseTimeZone(value: string): BlogTimeZone | null {
  const offset = /^(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$/i.exec(value.trim());
  if (offset) {
    const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0);
    return minutes <= 14 * 60 ? { kind: "offset", minutes: offset[1] === "-" ? -minutes : minutes } : null;
  }
  try {
    const name = new Intl.DateTimeFormat("en", { timeZone: value.trim() }).resolvedOptions().timeZone;
    return { kind: "zone", name };
  } catch {
    return null;
  }
}

function zoneOffsetMinutes(zone: string, instantMs: number): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(instantMs));
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(field("year"), field("month") - 1, field("day"), field("hour"), field("minute"), field("second"));
  return Math.round((asUtc - instantMs) / 60_000);
}

/**
 * The blog's offset from UTC as its own dates show it: every post and comment that has both a
 * local and a GMT date is a sample, kept per local day (so memory stays small however big the
 * file), and a date without GMT takes the offset of the nearest day sampled. That follows
 * daylight saving time as the blog did.
 */
export class OffsetSamples {
  private readonly byDay = new Map<number, number>();
  private sorted: number[] | null = null;

  add(localMs: number | null, gmtMs: number | null) {
    if (localMs === null || gmtMs === null) return;
    const minutes = Math.round((localMs - gmtMs) / 60_000);
    if (Math.abs(minutes) > 14 * 60) return;
    const day = Math.floor(localMs / 86_400_000);
    if (!this.byDay.has(day)) this.sorted = null;
    this.byDay.set(day, minutes);
  }

  get size(): number {
    return this.byDay.size;
  }

  /** The offset sampled nearest to `localMs`, or null with no samples. */
  nearest(localMs: number): number | null {
    if (this.byDay.size === 0) return null;
    this.sorted ??= [...this.byDay.keys()].sort((a, b) => a - b);
    const day = Math.floor(localMs / 86_400_000);
    let low = 0;
    let high = this.sorted.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.sorted[middle]! < day) low = middle + 1;
      else high = middle;
    }
    const candidates = [this.sorted[low - 1], this.sorted[low]].filter((value): value is number => value !== undefined);
    const best = candidates.reduce((a, b) => (Math.abs(b - day) < Math.abs(a - day) ? b : a));
    return this.byDay.get(best)!;
  }

  /** The most common offset, to describe the blog's zone in the report ("UTC+01:00"). */
  usual(): number | null {
    const counts = new Map<number, number>();
    for (const minutes of this.byDay.values()) counts.set(minutes, (counts.get(minutes) ?? 0) + 1);
    let best: number | null = null;
    for (const [minutes, count] of counts) if (best === null || count > counts.get(best)!) best = minutes;
    return best;
  }
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "−" : "+";
  const absolute = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(absolute / 60)).padStart(2, "0")}:${String(absolute % 60).padStart(2, "0")}`;
}

/** A local wall-clock time in the blog's zone → the UTC instant; null when the zone is unknown. */
export function localToUtc(localMs: number, zone: BlogTimeZone): number | null {
  if (zone.kind === "offset") return localMs - zone.minutes * 60_000;
  if (zone.kind === "inferred") {
    const minutes = zone.samples.nearest(localMs);
    return minutes === null ? null : localMs - minutes * 60_000;
  }
  // Guess with the offset at the wall-clock instant, then correct once for a DST change between.
  const first = localMs - zoneOffsetMinutes(zone.name, localMs) * 60_000;
  return localMs - zoneOffsetMinutes(zone.name, first) * 60_000;
}

/** "local-as-utc": a local date with no way to know the zone, read as UTC (and reported). */
export type DateSource = "gmt" | "local" | "local-as-utc" | "none";

/**
 * A post's or comment's instant: its GMT date, else its local date read in the blog's zone.
 * `source` says which, so the importer can report dates it had to guess or could not read.
 */
export function wordpressInstant(gmt: string | null, local: string | null, zone: BlogTimeZone): { date: Date | null; source: DateSource } {
  const gmtMs = wallClockMs(gmt);
  if (gmtMs !== null) return { date: new Date(gmtMs), source: "gmt" };
  const localMs = wallClockMs(local);
  if (localMs === null) return { date: null, source: "none" };
  const utc = localToUtc(localMs, zone);
  return utc === null ? { date: new Date(localMs), source: "local-as-utc" } : { date: new Date(utc), source: "local" };
}

export function describeTimeZone(zone: BlogTimeZone): string {
  if (zone.kind === "zone") return zone.name;
  if (zone.kind === "offset") return formatOffset(zone.minutes);
  const usual = zone.samples.usual();
  return usual === null ? "unknown (the file has no dates with both local and GMT times)" : `${formatOffset(usual)}, learnt from the file's dates`;
}

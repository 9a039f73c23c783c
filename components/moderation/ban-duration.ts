const banEnd = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/** "until 29 Nov 2026, 14:00 UTC" or "permanently": how long a ban lasts, in words. */
export function banDuration(bannedUntil: Date | null): string {
  return bannedUntil ? `until ${banEnd.format(bannedUntil)} UTC` : "permanently";
}

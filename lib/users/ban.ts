export interface BanFields {
  bannedAt: Date | null;
  bannedUntil: Date | null;
}

/** Banned while bannedAt is set and the ban is permanent (no end) or has not ended yet. */
export function isBanned(user: BanFields, now = new Date()): boolean {
  return user.bannedAt !== null && (user.bannedUntil === null || user.bannedUntil > now);
}

export function banMessage(user: BanFields & { banReason: string | null }): string {
  const until = user.bannedUntil
    ? `until ${user.bannedUntil.toUTCString().replace(/:\d\d GMT$/, " UTC")}`
    : "permanently";
  return `Your account is suspended ${until}${user.banReason ? `: ${user.banReason}` : "."}`;
}

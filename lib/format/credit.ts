// Who wrote a review or a comment, as the pages show it.

/** An account's credit: linked to its profile unless the account was deleted. */
export interface UserCredit {
  kind: "user";
  handle: string;
  displayName: string | null;
  deleted: boolean;
}

/** An imported item's credit: a name from the source, not an account. */
export interface SourceCredit {
  kind: "source";
  name: string | null;
  bio: string | null;
  url: string | null;
}

export type Credit = UserCredit | SourceCredit;

export const UNKNOWN_BLOGGER = "Unknown blogger";
export const DELETED_USER = "[deleted user]";

export function creditName(credit: Credit): string {
  if (credit.kind === "source") return credit.name ?? UNKNOWN_BLOGGER;
  if (credit.deleted) return DELETED_USER;
  return credit.displayName?.trim() || credit.handle;
}

/** The profile page of a live account; null for imported authors and deleted accounts. */
export function creditProfilePath(credit: Credit): string | null {
  return credit.kind === "user" && !credit.deleted ? `/users/${encodeURIComponent(credit.handle)}` : null;
}

/** The one-line error every entry point shows for a malformed DATABASE_URL. */
export class InvalidDatabaseUrlError extends Error {
  constructor(reason: string) {
    super(`DATABASE_URL is not a valid PostgreSQL URL (${reason}); expected postgresql://user:password@host:5432/database`);
    this.name = "InvalidDatabaseUrlError";
  }
}

/** Checks that `raw` is a usable postgres:// URL and returns it unchanged. */
export function parseDatabaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InvalidDatabaseUrlError("it does not parse as a URL");
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new InvalidDatabaseUrlError(`the scheme is "${url.protocol.replace(/:$/, "")}", not postgresql`);
  }
  if (!url.hostname && !url.searchParams.get("host")) {
    throw new InvalidDatabaseUrlError("it names no host");
  }
  if (url.pathname.replace(/^\//, "") === "") {
    throw new InvalidDatabaseUrlError("it names no database");
  }
  return raw;
}

// Shapes of the identifiers that arrive in URLs. Queries check them before touching the
// database, so a malformed value (a NUL byte, 10 kB of junk) is simply "not found" rather
// than a PostgreSQL error and a 500.

const FILM_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 200;

/** Record ids are cuids: short, lower-case letters and digits. Allow a little slack. */
const RECORD_ID = /^[a-z0-9]{8,40}$/i;

export function isFilmSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && FILM_SLUG.test(value);
}

export function isRecordId(value: string): boolean {
  return RECORD_ID.test(value);
}

import { hasControlOrBidiCharacters, nfkc } from "./unicode";

export const MAX_EMAIL_LENGTH = 254;
/** RFC 5321, 4.5.3.1.1: mail servers need not accept a longer local part. */
export const MAX_LOCAL_PART_LENGTH = 64;

/** Lower-cased NFKC form: what we store and compare. */
export function normalizeEmail(raw: string): string {
  return nfkc(raw.trim()).toLowerCase();
}

// ASCII only, one @, a dotted domain with a 2+ letter TLD. Deliberately stricter than RFC 5322:
// no quoted local parts, no comments, no IP literals.
const EMAIL_SHAPE = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z]{2,63}$/;

/** Returns why `raw` is not an acceptable email address, or null when it is. */
export function emailProblem(raw: string): string | null {
  const trimmed = raw.trim();
  if (trimmed.length === 0) return "Enter your email address.";
  // Checked before NFKC, which would quietly turn a fullwidth ＠ into @.
  if (/[\uFF20\uFE6B]/.test(trimmed)) return "Use a plain @ in your email address.";
  if (hasControlOrBidiCharacters(trimmed)) return "Your email address contains invisible characters.";
  if (/[,;\s]/.test(trimmed)) return "Enter a single email address.";
  const email = normalizeEmail(trimmed);
  if (email.length > MAX_EMAIL_LENGTH) return `Email addresses can be at most ${MAX_EMAIL_LENGTH} characters.`;
  if (email.indexOf("@") > MAX_LOCAL_PART_LENGTH) return `The part before the @ can be at most ${MAX_LOCAL_PART_LENGTH} characters.`;
  if (!EMAIL_SHAPE.test(email) || email.includes("..") || email.startsWith(".") || email.includes(".@")) {
    return "Enter a valid email address, like name@example.com.";
  }
  return null;
}

/**
 * Control, format and bidi characters (Unicode categories Cc and Cf, which include the
 * right-to-left overrides and zero-width joiners) let a name look like something it is not.
 */
const INVISIBLE_OR_BIDI = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

export function hasControlOrBidiCharacters(text: string): boolean {
  return INVISIBLE_OR_BIDI.test(text);
}

export function nfkc(text: string): string {
  return text.normalize("NFKC");
}

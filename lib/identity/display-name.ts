import { hasControlOrBidiCharacters, nfkc } from "./unicode";

export const DISPLAY_NAME_MAX = 50;

export function normalizeDisplayName(raw: string): string {
  return nfkc(raw).replace(/\s+/g, " ").trim();
}

export function displayNameProblem(raw: string): string | null {
  if (hasControlOrBidiCharacters(raw)) return "Your name contains invisible or direction-changing characters.";
  const name = normalizeDisplayName(raw);
  if (name.length === 0) return "Enter a display name.";
  if (name.length > DISPLAY_NAME_MAX) return `Display names can be at most ${DISPLAY_NAME_MAX} characters.`;
  return null;
}

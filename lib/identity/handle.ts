import { nfkc } from "./unicode";

export const HANDLE_MIN = 3;
export const HANDLE_MAX = 24;

/** Handles are case-insensitive; we store them lower-cased after NFKC. */
export function normalizeHandle(raw: string): string {
  return nfkc(raw.trim()).toLowerCase();
}

const HANDLE_SHAPE = /^[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?$/;
const RESERVED = new Set([
  "admin", "administrator", "moderator", "mod", "staff", "marquee", "support", "help", "root",
  "system", "settings", "sign-in", "sign-up", "signin", "signup", "api", "deleted", "anonymous",
]);

/** Returns why `raw` is not an acceptable handle, or null when it is. */
export function handleProblem(raw: string): string | null {
  const handle = normalizeHandle(raw);
  if (handle.length < HANDLE_MIN || handle.length > HANDLE_MAX) {
    return `Handles are ${HANDLE_MIN} to ${HANDLE_MAX} characters long.`;
  }
  if (!HANDLE_SHAPE.test(handle)) {
    return "Use only letters a–z, digits, - and _, starting and ending with a letter or digit.";
  }
  if ([...RESERVED].some((name) => handleSkeleton(name) === handleSkeleton(handle))) return "That handle is reserved.";
  // Deleted accounts are renamed to deleted-<id>; nobody may take those names in advance.
  if (handle.startsWith("deleted-") || handle.startsWith("deleted_")) return "That handle is reserved.";
  return null;
}

// Characters and pairs that read as each other in most fonts.
const LOOKALIKE_PAIRS: [RegExp, string][] = [
  [/rn/g, "m"],
  [/vv/g, "w"],
  [/cl/g, "d"],
];
const LOOKALIKE_CHARS: Record<string, string> = { "0": "o", "1": "l", i: "l", "|": "l", "5": "s", "2": "z", "8": "b", "9": "g" };

/**
 * The confusable skeleton of a handle: two handles with the same skeleton look alike
 * ("m0rgan" and "rnorgan" both become "morgan"), so only the first may exist.
 * Stored in User.handleSkeleton under a unique index.
 */
export function handleSkeleton(handle: string): string {
  let skeleton = normalizeHandle(handle).replace(/[-_]/g, "");
  skeleton = [...skeleton].map((char) => LOOKALIKE_CHARS[char] ?? char).join("");
  for (const [pattern, replacement] of LOOKALIKE_PAIRS) skeleton = skeleton.replace(pattern, replacement);
  return skeleton;
}

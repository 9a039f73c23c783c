import type { Settings } from "@/lib/settings";

/** Counts links a reader could click: Markdown links, autolinks and bare URLs. */
export function countLinks(markdown: string): number {
  const urls = markdown.match(/\b(?:https?:\/\/|www\.)[^\s<>()\]]+/gi) ?? [];
  return urls.length;
}

export function findBlockedWord(text: string, blockedWords: readonly string[]): string | null {
  const lower = text.normalize("NFKC").toLowerCase();
  for (const word of blockedWords) {
    const needle = word.normalize("NFKC").toLowerCase();
    const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    if (new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "u").test(lower)) return word;
  }
  return null;
}

/**
 * Why a new post should wait for a moderator, in words its author will read
 * ("held for moderation: contains 3 links"), or null to publish it at once.
 */
export function holdReason(
  text: string,
  settings: Pick<Settings, "blockedWords" | "linkThreshold" | "holdFirstTimePosters">,
  author: { isFirstPost: boolean },
): string | null {
  const blocked = findBlockedWord(text, settings.blockedWords);
  if (blocked) return `Held for moderation: contains a blocked word ("${blocked}")`;
  const links = countLinks(text);
  if (links > settings.linkThreshold) return `Held for moderation: contains ${links} links`;
  if (settings.holdFirstTimePosters && author.isFirstPost) return "Held for moderation: first comment from a new member";
  return null;
}

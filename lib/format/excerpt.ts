// A plain-text excerpt of a Markdown body, for review cards and meta descriptions. Not a
// Markdown parser: it strips the syntax people actually write so the words read cleanly.
// The output is text (React escapes it), never HTML.
//
// Every pattern here runs in time linear in the text: no two attempts re-scan the same span
// (a character class stops at the next opening bracket, a run is only tried from its start).
// Members write 20,000-character reviews of nothing but `[`; these run on every card.

const DEFAULT_WORDS = 40;

function markdownToPlainText(markdown: string): string {
  return (
    markdown
      // Fenced code blocks and HTML tags carry no prose worth previewing.
      .replace(/```[\s\S]*?(?:```|$)/g, " ")
      .replace(/<[^<>]*>/g, " ")
      // Inline spoilers must never leak into an excerpt.
      .replace(/\|\|[\s\S]*?\|\|/g, "[spoiler]")
      // Images disappear; links keep their text.
      .replace(/!\[[^[\]]*\]\([^()]*\)/g, " ")
      .replace(/\[([^[\]]*)\]\([^()]*\)/g, "$1")
      .replace(/\[([^[\]]*)\]\[[^[\]]*\]/g, "$1")
      // Line-start syntax: headings, quotes, list markers, rules.
      .replace(/^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)/gm, "")
      .replace(/^[ \t]*(?:[-*_][ \t]*){3,}$/gm, " ")
      // Emphasis, strike-through and inline code markers.
      .replace(/\*\*|__|~~|`/g, "")
      .replace(/(^|[\s(])[*_]+(?=\S)|(?<=[^\s*_])[*_]+(?=[\s).,;:!?]|$)/g, "$1")
      .replace(/\s+/g, " ")
      .trim()
  );
}

const TRAILING_PUNCTUATION = new Set([" ", ",", ";", ":", ".", "-", "–", "—"]);

/** The text without the punctuation it ends with (a loop: a regex anchored at the end retries from every position). */
function trimTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** The first `words` words of the body as plain text, with "…" when something was cut. */
export function markdownExcerpt(markdown: string, words: number = DEFAULT_WORDS): string {
  const all = markdownToPlainText(markdown).split(" ").filter(Boolean);
  if (all.length <= words) return all.join(" ");
  return `${trimTrailingPunctuation(all.slice(0, words).join(" "))}…`;
}

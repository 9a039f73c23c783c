// A plain-text excerpt of a Markdown body, for review cards and meta descriptions. Not a
// Markdown parser: it strips the syntax people actually write so the words read cleanly.
// The output is text (React escapes it), never HTML.

const DEFAULT_WORDS = 40;

function markdownToPlainText(markdown: string): string {
  return (
    markdown
      // Fenced code blocks and HTML tags carry no prose worth previewing.
      .replace(/```[\s\S]*?(```|$)/g, " ")
      .replace(/<[^>]*>/g, " ")
      // Inline spoilers must never leak into an excerpt.
      .replace(/\|\|[\s\S]*?\|\|/g, "[spoiler]")
      // Images disappear; links keep their text.
      .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, "$1")
      // Line-start syntax: headings, quotes, list markers, rules.
      .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, "")
      .replace(/^\s*([-*_]\s*){3,}$/gm, " ")
      // Emphasis, strike-through and inline code markers.
      .replace(/(\*\*|__|~~|`)/g, "")
      .replace(/(^|[\s(])[*_]+(?=\S)|(?<=\S)[*_]+(?=[\s).,;:!?]|$)/g, "$1")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/** The first `words` words of the body as plain text, with "…" when something was cut. */
export function markdownExcerpt(markdown: string, words: number = DEFAULT_WORDS): string {
  const all = markdownToPlainText(markdown).split(" ").filter(Boolean);
  if (all.length <= words) return all.join(" ");
  const cut = all.slice(0, words).join(" ").replace(/[\s,;:.\-–—]+$/, "");
  return `${cut}…`;
}

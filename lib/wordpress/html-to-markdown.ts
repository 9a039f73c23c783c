// WordPress HTML → Marquee Markdown, with turndown. The Markdown is stored as members' text is
// and shown through the one renderer (lib/markdown.tsx), which sanitises it: raw HTML never
// renders, links keep safe protocols only. Here the job is fidelity: paragraphs, emphasis,
// links, lists, headings and blockquotes survive; entities are decoded (`&#8217;` is ’, `&lt;3`
// is <3); what WordPress adds around content (`<!--more-->`, shortcodes) does not.
import { autop } from "@wordpress/autop";
import TurndownService from "turndown";
import { replaceShortcodes } from "./shortcodes";

function createService(): TurndownService {
  const service = new TurndownService({
    headingStyle: "atx",
    hr: "---",
    bulletListMarker: "-",
    codeBlockStyle: "fenced",
    emDelimiter: "_",
    strongDelimiter: "**",
  });
  // Never content: scripts, styles, forms and plugin widgets.
  service.remove(["script", "style", "noscript", "template", "object", "embed", "form", "button", "select", "textarea", "input", "head"]);
  // An embedded player (YouTube, Vimeo…) becomes a link to what it played.
  service.addRule("iframe", {
    filter: "iframe",
    replacement: (_content, node) => {
      const src = (node as HTMLElement).getAttribute("src")?.trim();
      return src && /^https?:\/\//i.test(src) ? `\n\n[${src}](${src})\n\n` : "";
    },
  });
  // Text that reads as HTML or an entity once decoded ("<3", "<b> is bold", "&amp;") must stay
  // text: the renderer would drop it as a tag or decode it again.
  const escape = service.escape.bind(service);
  service.escape = (text: string) => escape(text).replace(/[<&]/g, (character) => `\\${character}`);
  return service;
}

let service: TurndownService | null = null;

/** WordPress's own markers between parts of a post. */
const MORE_MARKERS = /<!--\s*(?:more|nextpage|noteaser)\b[^>]*?-->/gi;

/**
 * Converts a post's or a comment's HTML as WordPress stores it. Classic content keeps its
 * paragraphs as blank lines, which WordPress turns into <p> when showing it (wpautop); block
 * editor content is already <p>s between `<!-- wp:… -->` markers, and WordPress leaves it alone.
 */
export function wordpressHtmlToMarkdown(html: string): string {
  if (!html.trim()) return "";
  service ??= createService();
  if (isPlainText(html)) return plainTextToMarkdown(html, service);
  let prepared = replaceShortcodes(html.replace(MORE_MARKERS, ""));
  if (!prepared.includes("<!-- wp:")) prepared = autop(prepared);
  return service
    .turndown(prepared)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** No tag, entity or shortcode: most comments. Converted without building a DOM, to the same result. */
function isPlainText(text: string): boolean {
  return !/[<>&[\]]/.test(text);
}

/** What autop and turndown make of plain text: blank lines part paragraphs, a newline is a line break. */
function plainTextToMarkdown(text: string, turndown: TurndownService): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split("\n")
        .map((line) => turndown.escape(line.replace(/\s+/g, " ").trim()))
        .filter(Boolean)
        .join("  \n"),
    )
    .filter(Boolean)
    .join("\n\n");
}

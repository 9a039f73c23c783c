// WordPress shortcodes become plain content, never raw text: `[caption]` becomes its image and
// its caption, `[spoiler]` Marquee's inline spoiler, a shortcode that wraps content leaves the
// content, one that points at a URL
// (`[youtube …]`, `[audio mp3=…]`) leaves a link, and the rest are removed. `[[escaped]]` reads
// `[escaped]`, as WordPress shows it. Only real shortcodes are touched: "[sic]" and "[Editor’s
// note: …]" are text, as they are on the blog.
import { attrs as parseAttributes, fromMatch, regexp } from "@wordpress/shortcode";

/** Shortcodes of WordPress and its common plugins that may stand alone with no attributes. */
const KNOWN = new Set(
  "caption wp_caption gallery audio video playlist embed youtube vimeo soundcloud spotify tweet twitter instagram googlemaps contact-form contact-form-7 contact-field polldaddy crowdsignal slideshare dailymotion ted flickr archives sitemap recipe more".split(" "),
);

/** Stand-ins for the brackets of an escaped shortcode until every round is done. */
const OPEN = "\uE000";
const CLOSE = "\uE001";

const ANY_TAG = String.raw`[A-Za-z][\w-]*`;
/** A shortcode's attribute list: name="value", name='value', name=value, "value" or URL-ish words. */
const ATTRIBUTE_LIST = /^(?:\s+(?:[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'\]]+)|"[^"]*"|'[^']*'|https?:\/\/\S+|[\w-]+))+\s*\/?$/;

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function firstUrl(attributeText: string): string | null {
  const parsed = parseAttributes(attributeText);
  const values = [...Object.values(parsed.named), ...parsed.numeric];
  return values.find((value): value is string => typeof value === "string" && /^https?:\/\/\S+$/i.test(value)) ?? null;
}

function caption(content: string, attributeText: string): string {
  const named = parseAttributes(attributeText).named;
  // Old captions carry the text as an attribute; newer ones after the image inside.
  const image = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)/i.exec(content);
  const text = (named.caption ?? (image ? content.slice(image[0].length) : content)).trim();
  return `${image ? `<p>${image[1]}</p>` : ""}${text ? `<p><em>${named.caption ? escapeHtml(text) : text}</em></p>` : ""}`;
}

/** Spoiler plugins' shortcodes become Marquee's inline spoilers (`||…||`), within one paragraph. */
const SPOILER = /^spoilers?$/i;

function isInline(content: string): boolean {
  return content.trim() !== "" && !/\n\s*\n|<\/?(p|div|blockquote|ul|ol|h\d)\b/i.test(content);
}

function isShortcode(tag: string, attributeText: string, closed: boolean): boolean {
  if (KNOWN.has(tag.toLowerCase()) || closed) return true;
  // Attributes make a shortcode, but only ones that look like attributes, and with a value or a URL.
  return ATTRIBUTE_LIST.test(attributeText) && /=|"|'|https?:\/\//.test(attributeText);
}

function replaceOnce(html: string): string {
  return html.replace(regexp(ANY_TAG), (...args: string[]) => {
    const [match, left, tag, attributeText, , , closing, right] = args as [string, string, string, string, string | undefined, string | undefined, string | undefined, string];
    // [[caption]] reads [caption], and stays text through the next rounds.
    if (left === "[" && right === "]") return `${OPEN}${match.slice(2, -2)}${CLOSE}`;
    if (!isShortcode(tag, attributeText, closing !== undefined)) return match;
    const shortcode = fromMatch(args as unknown as Parameters<typeof fromMatch>[0]);
    let replacement: string;
    if (/^(wp_)?caption$/i.test(tag)) replacement = caption(shortcode.content ?? "", attributeText);
    else if (SPOILER.test(tag) && isInline(shortcode.content ?? "")) replacement = `||${shortcode.content!.trim()}||`;
    else if (shortcode.content?.trim()) replacement = shortcode.content;
    else {
      const url = firstUrl(attributeText);
      replacement = url ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : "";
    }
    return left + replacement + right;
  });
}

/** Replaces every shortcode, nested ones too (a few rounds: nesting in posts is shallow). */
export function replaceShortcodes(html: string): string {
  let current = html;
  for (let round = 0; round < 4 && current.includes("["); round++) {
    const next = replaceOnce(current);
    if (next === current) break;
    current = next;
  }
  return current.replaceAll(OPEN, "[").replaceAll(CLOSE, "]");
}

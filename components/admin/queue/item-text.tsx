import { markdownExcerpt } from "@/lib/format/excerpt";
import { MarkdownContent } from "@/lib/markdown";

const EXCERPT_WORDS = 45;

/**
 * An item's text, safely: a plain-text excerpt first, and the full text (rendered through the
 * site's sanitising Markdown renderer) one click away when the excerpt cut something.
 */
export function ItemText({ title, body }: { title: string | null; body: string }) {
  const excerpt = markdownExcerpt(body, EXCERPT_WORDS);
  const cut = excerpt.endsWith("…") || /\|\|/.test(body);
  return (
    <div className="min-w-0">
      {title && <p className="font-serif text-base font-semibold text-ink">{title}</p>}
      {body.trim() ? (
        <p className="text-ink break-words md:[overflow-wrap:anywhere]">{excerpt}</p>
      ) : (
        <p className="text-muted italic">A rating without text.</p>
      )}
      {cut && (
        <details className="group mt-1">
          <summary className="w-fit cursor-pointer rounded py-1 text-xs font-medium text-accent-text hover:underline">
            <span className="group-open:hidden">Show full text</span>
            <span className="hidden group-open:inline">Hide full text</span>
          </summary>
          <MarkdownContent markdown={body} variant="comment" className="mt-2 max-h-96 overflow-y-auto rounded-md border border-line bg-canvas p-3 text-ink" />
        </details>
      )}
    </div>
  );
}

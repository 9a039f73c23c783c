import type { Highlighted } from "@/lib/queries/search";

/** Search matches marked with <mark>; every piece is rendered as text, never as HTML. */
export function HighlightedText({ parts }: { parts: Highlighted }) {
  return (
    <>
      {parts.map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-accent-soft px-0.5 font-semibold text-ink">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}

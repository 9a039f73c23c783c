"use client";

import { useId, useState, type TextareaHTMLAttributes } from "react";
import { MarkdownContent } from "@/lib/markdown";
import { COMMENT_BODY_MAX } from "@/lib/validations/comment";

const TAB = "rounded-md px-2.5 py-1 text-xs font-medium text-muted transition-colors hover:text-ink aria-pressed:bg-surface aria-pressed:text-ink aria-pressed:shadow-sm aria-pressed:ring-1 aria-pressed:ring-line-strong";

type Registered = TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string };

/**
 * The comment textarea with a Write / Preview toggle. The preview goes through the same
 * sanitising Markdown renderer as the published comment, so what you see is what others get.
 * The textarea stays mounted while previewing, so nothing typed is lost.
 */
export function CommentBodyField({
  label,
  value,
  error,
  textarea,
}: {
  label: string;
  /** The current text, for the preview. */
  value: string;
  error?: string;
  /** `form.register("body")` plus any extra textarea attributes. */
  textarea: Registered;
}) {
  const id = useId();
  const [previewing, setPreviewing] = useState(false);
  const describedBy = error ? `${id}-error` : `${id}-hint`;

  return (
    <div className="space-y-1.5">
      <div className="flex items-end justify-between gap-3">
        <label htmlFor={id} className="text-sm font-medium text-ink">
          {label}
        </label>
        <div className="flex gap-0.5 rounded-lg bg-sunken p-0.5" role="group" aria-label="Editor mode">
          <button type="button" className={TAB} aria-pressed={!previewing} onClick={() => setPreviewing(false)}>
            Write
          </button>
          <button type="button" className={TAB} aria-pressed={previewing} onClick={() => setPreviewing(true)}>
            Preview
          </button>
        </div>
      </div>
      <textarea
        id={id}
        rows={4}
        maxLength={COMMENT_BODY_MAX}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        hidden={previewing}
        className="block min-h-28 w-full resize-y rounded-lg border border-line-strong bg-surface px-3 py-2 leading-relaxed text-ink shadow-xs transition-colors focus-visible:outline-2 focus-visible:outline-offset-1 aria-invalid:border-red-600 dark:aria-invalid:border-red-400"
        {...textarea}
      />
      {previewing && (
        <div aria-label="Preview" role="region" className="min-h-28 rounded-lg border border-dashed border-line-strong bg-canvas px-3 py-2">
          {value.trim() ? (
            <MarkdownContent markdown={value} variant="comment" className="text-ink" />
          ) : (
            <p className="text-sm text-muted italic">Nothing to preview yet.</p>
          )}
        </div>
      )}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : (
        <p id={`${id}-hint`} className="text-xs text-muted">
          Markdown: **bold**, *italic*, [link](https://…), &gt; quote, `code`, lists. No images or HTML.
        </p>
      )}
    </div>
  );
}

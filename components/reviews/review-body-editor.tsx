"use client";

import { useId, useRef, useState, type KeyboardEvent } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { MarkdownContent } from "@/lib/markdown";
import { REVIEW_BODY_MAX } from "@/lib/validations/review";

const TABS = ["write", "preview"] as const;
type Tab = (typeof TABS)[number];

/**
 * The review's Markdown body with Write and Preview tabs. The preview uses the very renderer
 * the review page uses, so what you see is what readers get (spoiler spans included). The
 * textarea stays mounted while previewing, so nothing typed is lost.
 */
export function ReviewBodyEditor({ value, error, textarea }: { value: string; error?: string; textarea: UseFormRegisterReturn }) {
  const id = useId();
  const [tab, setTab] = useState<Tab>("write");
  const tabs = useRef(new Map<Tab, HTMLButtonElement>());
  const length = value.trim().length;
  const over = length > REVIEW_BODY_MAX;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
    event.preventDefault();
    const next: Tab = tab === "write" ? "preview" : "write";
    setTab(next);
    tabs.current.get(next)?.focus();
  }

  return (
    <div className="space-y-1.5">
      <div className="flex items-end justify-between gap-3">
        <label htmlFor={`${id}-body`} className="block text-sm font-medium text-ink">
          Your review <span className="font-normal text-muted">(optional if you rate it)</span>
        </label>
        <div role="tablist" aria-label="Editor mode" className="flex gap-1 rounded-lg bg-sunken p-1 text-sm">
          {TABS.map((name) => (
            <button
              key={name}
              ref={(element) => {
                if (element) tabs.current.set(name, element);
              }}
              type="button"
              role="tab"
              id={`${id}-${name}-tab`}
              aria-selected={tab === name}
              aria-controls={`${id}-${name}-panel`}
              tabIndex={tab === name ? 0 : -1}
              onClick={() => setTab(name)}
              onKeyDown={onTabKey}
              className="rounded-md px-3 py-1 text-muted capitalize transition-colors hover:text-ink aria-selected:bg-surface aria-selected:font-medium aria-selected:text-ink aria-selected:shadow-sm aria-selected:ring-1 aria-selected:ring-line-strong"
            >
              {name}
            </button>
          ))}
        </div>
      </div>

      <div role="tabpanel" id={`${id}-write-panel`} aria-labelledby={`${id}-write-tab`} hidden={tab !== "write"}>
        <textarea
          {...textarea}
          id={`${id}-body`}
          rows={12}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          className="block min-h-48 w-full resize-y rounded-lg border border-line-strong bg-surface px-3 py-2 font-serif text-[1.0625rem] leading-relaxed text-ink shadow-xs focus-visible:outline-2 focus-visible:outline-offset-1 aria-invalid:border-red-600 dark:aria-invalid:border-red-400"
        />
      </div>
      <div
        role="tabpanel"
        id={`${id}-preview-panel`}
        aria-labelledby={`${id}-preview-tab`}
        hidden={tab !== "preview"}
        tabIndex={0}
        className="min-h-48 rounded-lg border border-dashed border-line-strong bg-canvas px-4 py-3"
      >
        {tab === "preview" &&
          (value.trim() ? (
            <MarkdownContent markdown={value} variant="review" className="text-ink" />
          ) : (
            <p className="text-sm text-muted italic">Nothing to preview yet.</p>
          ))}
      </div>

      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1 text-xs text-muted">
        <p id={hintId} className="max-w-[52ch]">
          Markdown works: **bold**, _italic_, [links](https://…), &gt; quotes, lists. Hide a plot point inline with{" "}
          <code className="rounded bg-sunken px-1 py-0.5 text-ink">||spoiler||</code>.
        </p>
        <p className={`tabular-nums ${over ? "font-semibold text-red-700 dark:text-red-400" : ""}`}>
          <span className="sr-only">Characters used: </span>
          {length.toLocaleString("en")} / {REVIEW_BODY_MAX.toLocaleString("en")}
        </p>
      </div>
      {error && (
        <p id={errorId} role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}

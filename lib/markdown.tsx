// The one Markdown renderer, for imported reviews and for everything members write, on the
// server and in the browser (the review form's preview). Raw HTML is never rendered (no
// rehype-raw: tags are dropped and the text between them kept), the HTML tree is sanitised
// with GitHub's schema, links keep only safe protocols, and `||inline spoilers||` become
// <Spoiler>s.
import Markdown, { type Components } from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import type { ComponentProps, ReactElement, ReactNode } from "react";
import { Spoiler } from "@/components/ui/spoiler";
import { markdownNestingProblem, MarkdownTooDeepError, remarkDepthGuard } from "./markdown-nesting";
import { plainTextElements } from "./markdown-plain";
import { rehypeSpoilers, SPOILER_ATTRIBUTE } from "./markdown-spoilers";

const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * Keeps relative links, fragments and http(s)/mailto URLs; anything else (javascript:, data:,
 * vbscript:, or a scheme hidden behind control characters) becomes no link at all.
 */
export function safeUrl(url: string): string {
  const trimmed = url.trim();
  if (trimmed.startsWith("#") || (trimmed.startsWith("/") && !trimmed.startsWith("//"))) return trimmed;
  try {
    const parsed = new URL(trimmed);
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : "";
  } catch {
    // Not absolute. Plain relative paths ("notes.html") are harmless; anything with a colon
    // before its first slash could be a scheme the URL parser didn't recognise, so drop it.
    return /^[^/?#]*:/.test(trimmed) ? "" : trimmed;
  }
}

function isExternal(href: string): boolean {
  return /^(https?:|mailto:|\/\/)/i.test(href);
}

function MarkdownLink({ href, children, node: _node, ...rest }: ComponentProps<"a"> & { node?: unknown }) {
  if (!href) return <span>{children}</span>;
  // People's links are not endorsements, and never get a handle on this window.
  const rel = isExternal(href) ? "nofollow ugc noopener" : undefined;
  return (
    <a {...rest} href={href} rel={rel}>
      {children}
    </a>
  );
}

/** Images are shown as links: no tracking pixels, hot-linking or layout jumps in a thread. */
function MarkdownImage({ src, alt }: ComponentProps<"img"> & { node?: unknown }) {
  const label = alt?.trim() ? `Image: ${alt.trim()}` : "Image";
  if (typeof src !== "string" || !src) return <span>[{label}]</span>;
  return (
    <a href={src} rel="nofollow ugc noopener">
      [{label}]
    </a>
  );
}

/** Spans come only from rehypeSpoilers (sanitising drops every other attribute on them). */
function MarkdownSpan({ node: _node, children, ...rest }: ComponentProps<"span"> & { node?: unknown }) {
  if (SPOILER_ATTRIBUTE in rest) return <Spoiler>{children}</Spoiler>;
  return <span {...rest}>{children}</span>;
}

/** A review's own title is the page's <h1>, so its body starts at <h2>. */
const reviewComponents: Components = {
  a: MarkdownLink,
  img: MarkdownImage,
  span: MarkdownSpan,
  h1: ({ node: _node, ...props }) => <h2 {...props} />,
};

/** Headings would break the page outline inside a comment; they read as bold lines instead. */
function CommentHeading({ children }: { children?: ReactNode }) {
  return <p className="font-semibold">{children}</p>;
}

const commentComponents: Components = {
  a: MarkdownLink,
  img: MarkdownImage,
  span: MarkdownSpan,
  h1: CommentHeading,
  h2: CommentHeading,
  h3: CommentHeading,
  h4: CommentHeading,
  h5: CommentHeading,
  h6: CommentHeading,
};

const VARIANTS = {
  review: { className: "prose-review", components: reviewComponents },
  comment: { className: "prose-comment", components: commentComponents },
} as const;

/**
 * Rendering Markdown is the most expensive part of a long thread (the benchmark measured
 * about 1 ms a comment), and the same texts are rendered on every request. On the server,
 * keep the most recent results: the output depends only on the text and the variant, so
 * this is derived data, safe to hold per process. A text that can't be formatted is kept
 * too, as its plain-text stand-in, so it costs one linear scan once rather than on every view.
 */
const RENDER_CACHE_SIZE = 5_000;
const renderCache = new Map<string, ReactElement>();

/**
 * The formatted text; or, for a text nested too deeply to format safely (lib/markdown-nesting.ts)
 * or one the pipeline fails on, the plain text, so the page around it never fails with it.
 */
function format(markdown: string, variant: keyof typeof VARIANTS): ReactElement {
  if (markdownNestingProblem(markdown)) return plainTextElements(markdown);
  try {
    return Markdown({
      children: markdown,
      remarkPlugins: [remarkGfm, remarkDepthGuard],
      // Order matters: spoiler spans are made after sanitising, so they survive it.
      rehypePlugins: [rehypeSanitize, rehypeSpoilers],
      urlTransform: safeUrl,
      components: VARIANTS[variant].components,
    });
  } catch (error) {
    if (!(error instanceof MarkdownTooDeepError)) console.error("Markdown rendering failed; showing the text as written:", error);
    return plainTextElements(markdown);
  }
}

function renderMarkdown(markdown: string, variant: keyof typeof VARIANTS): ReactElement {
  if (typeof window !== "undefined") return format(markdown, variant); // the preview: drafts change per keystroke
  const key = `${variant}\u0000${markdown}`;
  const cached = renderCache.get(key);
  if (cached) {
    renderCache.delete(key); // most recently used goes last
    renderCache.set(key, cached);
    return cached;
  }
  const element = format(markdown, variant);
  renderCache.set(key, element);
  if (renderCache.size > RENDER_CACHE_SIZE) renderCache.delete(renderCache.keys().next().value!);
  return element;
}

/**
 * The rendered elements without their `prose-*` wrapper, for a caller that draws the wrapper
 * itself: the comment thread, whose client component adds it, so the page's RSC payload
 * doesn't carry one per comment.
 */
export function renderedMarkdown(markdown: string, variant: keyof typeof VARIANTS): ReactElement {
  return renderMarkdown(markdown, variant);
}

export function MarkdownContent({
  markdown,
  variant,
  className = "",
}: {
  markdown: string;
  variant: keyof typeof VARIANTS;
  className?: string;
}) {
  return <div className={`${VARIANTS[variant].className} ${className}`}>{renderMarkdown(markdown, variant)}</div>;
}

import { siteOrigin } from "@/app/site-metadata";

/** Absolute URL of a path on this site, from the configured public origin. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteOrigin()).href;
}

/**
 * Structured data for search engines, as a JSON-LD <script>. JSON inside a script element is
 * not HTML-escaped by React, so every "<" is written as \u003c: a title containing
 * "</script>" cannot end the element early and inject markup.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  const json = JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}

// A comment is stored exactly as typed and made safe when rendered: whatever an attacker writes,
// the HTML that lib/markdown.tsx produces runs no script.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { db } from "@/lib/db";
import { MarkdownContent } from "@/lib/markdown";
import { postedComment } from "../helpers/comment-posting";
import { createTestReview, createTestUser } from "../helpers/fixtures";
import { setSetting } from "../helpers/site-settings";

const PAYLOADS = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">click</a>',
  '<svg onload="alert(1)"><circle r="1"/></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<div style="background:url(javascript:alert(1))" onclick="alert(1)">x</div>',
  "<details open ontoggle=alert(1)>",
  '<form action="javascript:alert(1)"><button>go</button></form>',
  "[click me](javascript:alert(1))",
  "[case](JaVaScRiPt:alert(1))",
  "[encoded](javascript&#58;alert(1))",
  "[tab](java\tscript:alert(1))",
  "[spaces](  javascript:alert(1)  )",
  "[entity](&#106;avascript:alert(1))",
  "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[vb](vbscript:msgbox(1))",
  "[angle](<javascript:alert(1)>)",
  "<javascript:alert(1)>",
  "[ref][1]\n\n[1]: javascript:alert(1)",
  '[title](https://ok.example "onmouseover=alert(1)")',
  "![pixel](javascript:alert(1))",
  "![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  "`<script>alert(1)</script>`",
  "```html\n<script>alert(1)</script>\n```",
  "**<img src=x onerror=alert(1)>**",
  "[x](https://ok.example)<img/src/onerror=alert(1)>",
];

const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "poster", "background", "srcset", "data"]);
const FORBIDDEN_TAGS = new Set(["script", "iframe", "object", "embed", "style", "form", "base", "meta", "link", "svg", "math", "frame", "frameset"]);

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10)))
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Everything in the rendered HTML that a browser could run; empty when the markup is inert. */
function scriptableParts(html: string): string[] {
  const problems: string[] = [];
  if (/<script/i.test(html)) problems.push("a <script> tag");
  // React escapes < and > in text and attribute values, so every real tag matches this.
  for (const [, tagName, attributes] of html.matchAll(/<([a-zA-Z][\w:-]*)([^<>]*)>/g)) {
    if (FORBIDDEN_TAGS.has(tagName!.toLowerCase())) problems.push(`a <${tagName}> element`);
    for (const [, name, rawValue = ""] of attributes!.matchAll(/([^\s="'/>]+)(?:="([^"]*)")?/g)) {
      const attribute = name!.toLowerCase();
      if (attribute.startsWith("on")) problems.push(`an event handler ${attribute}= on <${tagName}>`);
      if (attribute === "style" || attribute === "srcdoc") problems.push(`a ${attribute} attribute on <${tagName}>`);
      // Browsers ignore control characters and whitespace inside a URL scheme.
      const url = decodeEntities(rawValue).replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
      if (URL_ATTRIBUTES.has(attribute) && /^(javascript|data|vbscript):/.test(url)) problems.push(`${attribute}="${rawValue}" on <${tagName}>`);
    }
  }
  return problems;
}

const renderComment = (markdown: string) => renderToStaticMarkup(createElement(MarkdownContent, { markdown, variant: "comment" }));

describe("rendering what people write", () => {
  it("recognises a dangerous rendering when it sees one (the check itself works)", () => {
    expect(scriptableParts('<p><a href="javascript:alert(1)">x</a></p>')).not.toEqual([]);
    expect(scriptableParts('<img src="x" onerror="alert(1)"/>')).not.toEqual([]);
    expect(scriptableParts('<a href="&#x6A;avascript:alert(1)">x</a>')).not.toEqual([]);
    expect(scriptableParts("<p>&lt;script&gt;alert(1)&lt;/script&gt; onerror=alert(1)</p>")).toEqual([]);
  });

  it.each(PAYLOADS)("renders %j as inert markup", (payload) => {
    for (const variant of ["comment", "review"] as const) {
      const html = renderToStaticMarkup(createElement(MarkdownContent, { markdown: payload, variant }));
      expect(scriptableParts(html), html).toEqual([]);
    }
  });

  it("still renders ordinary Markdown and safe links, marked as user-submitted", () => {
    const html = renderComment("Some **bold** and a [link](https://example.org/films?id=1) and [a note](#comment-1).");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain('href="https://example.org/films?id=1"');
    expect(html).toMatch(/<a href="https:\/\/example\.org\/films\?id=1" rel="nofollow ugc noopener">/);
    expect(html).toContain('href="#comment-1"');
    expect(scriptableParts(html)).toEqual([]);
  });

  describe("a comment posted through the server action", () => {
    beforeAll(async () => {
      await setSetting("holdFirstTimePosters", false);
      await setSetting("linkThreshold", 50);
    });

    it("is stored as typed and rendered inert", async () => {
      const attacker = await createTestUser();
      const review = await createTestReview({ authorId: (await createTestUser()).id });
      const body = PAYLOADS.join("\n\n");
      const { commentId } = await postedComment(attacker, { reviewId: review.id, body });

      const stored = await db.comment.findUniqueOrThrow({ where: { id: commentId } });
      expect(stored.body).toBe(body);
      const html = renderComment(stored.body);
      expect(scriptableParts(html), html).toEqual([]);
      expect(html.length).toBeGreaterThan(0);
    });
  });
});

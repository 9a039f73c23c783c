// Members' reviews are shown to everyone: whatever they type must render inert. Reviews are
// stored exactly as written (it is data); safety is a property of how they are rendered.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { ReviewHeader } from "@/components/reviews/review-header";
import { createReviewAction } from "@/lib/actions/reviews";
import { db } from "@/lib/db";
import { MarkdownContent } from "@/lib/markdown";
import { getReviewById } from "@/lib/queries/reviews";
import { actAs } from "../helpers/acting-as";
import { expectOk } from "../helpers/action-results";
import { createTestFilm, createTestUser } from "../helpers/fixtures";

function renderMarkdown(markdown: string, variant: "review" | "comment" = "review"): string {
  return renderToStaticMarkup(createElement(MarkdownContent, { markdown, variant }));
}

interface Tag {
  name: string;
  attributes: Map<string, string>;
}

/** Decodes the character references React and the sanitiser emit in attribute values. */
function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * The elements in rendered HTML. Text is escaped when rendered (a typed "<" becomes "&lt;"),
 * so every literal "<" that starts a name is a real element the browser would build.
 */
function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of html.matchAll(/<([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    const attributes = new Map<string, string>();
    for (const attribute of match[2]!.matchAll(/([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attributes.set(attribute[1]!.toLowerCase(), decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? ""));
    }
    tags.push({ name: match[1]!.toLowerCase(), attributes });
  }
  return tags;
}

const DANGEROUS_ELEMENTS = new Set(["script", "iframe", "frame", "object", "embed", "svg", "math", "img", "style", "link", "meta", "base", "form", "input", "button", "details", "video", "audio", "source"]);
const URL_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href", "poster", "srcset"];

/**
 * Would a browser run script from this HTML, or load something it shouldn't? `markupFromUser`
 * is false for a whole component, whose own icons (svg) are not the member's doing.
 */
function expectInert(html: string, payload: string, markupFromUser = true) {
  const context = `${JSON.stringify(payload)} rendered as ${html}`;
  expect(html, context).not.toMatch(/<script/i);
  expect(html, context).not.toMatch(/<iframe/i);
  for (const tag of tagsOf(html)) {
    if (markupFromUser) expect(DANGEROUS_ELEMENTS.has(tag.name), `<${tag.name}> in ${context}`).toBe(false);
    for (const [name, value] of tag.attributes) {
      expect(name.startsWith("on"), `${name}= in ${context}`).toBe(false);
      expect(name, context).not.toBe("style");
      if (URL_ATTRIBUTES.includes(name)) {
        // Browsers ignore whitespace and control characters inside a scheme.
        const scheme = value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
        expect(scheme, `${name}=${JSON.stringify(value)} in ${context}`).not.toMatch(/^(javascript|data|vbscript|file|blob):/);
      }
    }
  }
}

const PAYLOADS = [
  "<script>alert(1)</script>",
  "Before <script>alert(1)</script> after",
  "<img src=x onerror=alert(1)>",
  "<IMG SRC=x OnError=alert(1)>",
  "[click](javascript:alert(1))",
  "[x](JAVASCRIPT:alert(1))",
  "[x](  javascript:alert(1))",
  "[x](&#106;avascript:alert(1))",
  "[x](&#x6A;avascript&#x3A;alert(1))",
  "[x](java%0ascript:alert(1))",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[x](vbscript:msgbox(1))",
  "[x](file:///etc/passwd)",
  "[ref][evil]\n\n[evil]: javascript:alert(1)",
  "<javascript:alert(1)>",
  '<a href="javascript:alert(1)">click</a>',
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  "<details open ontoggle=alert(1)>",
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  "![x](javascript:alert(1))",
  "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  '![x](https://img.example/x.png "title" onerror=alert(1))',
  '[x](https://example.com "a\\" onmouseover=\\"alert(1)")',
  "<object data=javascript:alert(1)></object>",
  "<math><mi xlink:href=javascript:alert(1)>x</mi></math>",
  "```html\n<script>alert(1)</script>\n```",
  "`<img src=x onerror=alert(1)>`",
  "| a |\n|---|\n| <script>alert(1)</script> |",
];

describe("the inertness check used below", () => {
  it.each([
    "<script>alert(1)</script>",
    '<p><img src="x" onerror="alert(1)"></p>',
    '<a href="jav&#x61;script:alert(1)">x</a>',
    '<a href=" JAVASCRIPT:alert(1)">x</a>',
    "<a href='data:text/html,x'>x</a>",
    '<div onmouseover="alert(1)">x</div>',
    '<iframe src="https://evil.example"></iframe>',
  ])("would catch %s", (html) => {
    expect(() => expectInert(html, "self-check")).toThrow();
  });
});

describe("the Markdown renderer", () => {
  it.each(PAYLOADS)("renders %j inert in a review and in a comment", (payload) => {
    expectInert(renderMarkdown(payload, "review"), payload);
    expectInert(renderMarkdown(payload, "comment"), payload);
  });

  it("keeps what people typed about code readable as text", () => {
    expect(renderMarkdown("`<script>`")).toContain("&lt;script&gt;");
  });

  it("keeps ordinary Markdown working", () => {
    const html = renderMarkdown("# Heading\n\n**bold** and _italic_\n\n- one\n- two\n\n[internal](/films/her) and [fragment](#top)");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<em>italic</em>");
    expect(html).toContain("<li>one</li>");
    // The review's own title is the page's h1.
    expect(html).toMatch(/<h2[^>]*>Heading<\/h2>/);
    expect(html).not.toMatch(/<h1/);
    const links = tagsOf(html).filter((tag) => tag.name === "a");
    expect(links.map((tag) => tag.attributes.get("href"))).toEqual(["/films/her", "#top"]);
  });

  it.each([
    ["a Markdown link", "[site](https://example.com/page)"],
    ["a bare URL", "see https://example.com/page"],
    ["an autolink", "<https://example.com/page>"],
    ["a protocol-relative link", "[site](//example.com/page)"],
    ["a mailto link", "[mail](mailto:someone@example.com)"],
    ["an image, shown as a link", "![poster](https://img.example/poster.jpg)"],
  ])("marks %s as user-generated and not endorsed: rel nofollow ugc noopener", (_label, markdown) => {
    for (const variant of ["review", "comment"] as const) {
      const links = tagsOf(renderMarkdown(markdown, variant)).filter((tag) => tag.name === "a");
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) {
        const rel = (link.attributes.get("rel") ?? "").split(/\s+/);
        expect(rel).toEqual(expect.arrayContaining(["nofollow", "ugc", "noopener"]));
      }
    }
  });
});

describe("a review with a script in it", () => {
  it("is stored exactly as typed, and its page renders it as text", async () => {
    const author = await createTestUser();
    await db.user.update({ where: { id: author.id }, data: { name: "<img src=x onerror=alert(1)>" } });
    const film = await createTestFilm();
    actAs(author);
    const title = "<script>alert(1)</script>";
    const body = '<img src=x onerror=alert(1)> [click](javascript:alert(1)) <a href="javascript:alert(2)">x</a>';
    const { reviewId } = expectOk(await createReviewAction({ filmId: film.id, rating: 8, title, body, hasSpoilers: false }));

    expect(await db.review.findUniqueOrThrow({ where: { id: reviewId } })).toMatchObject({ title, body });

    const review = await getReviewById(reviewId);
    expect(review).not.toBeNull();
    const header = renderToStaticMarkup(createElement(ReviewHeader, { review: review! }));
    expectInert(header, title, false);
    expect(header).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(header).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(tagsOf(header).some((tag) => tag.name === "img")).toBe(false);
    expectInert(renderMarkdown(review!.body), body);
  });
});

// WordPress HTML becomes Marquee Markdown, then goes through the one renderer: structure kept,
// entities decoded once, shortcodes and WordPress markers gone, nothing executable left.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkdownContent } from "@/lib/markdown";
import { wordpressHtmlToMarkdown } from "@/lib/wordpress/html-to-markdown";
import { replaceShortcodes } from "@/lib/wordpress/shortcodes";

const rendered = (html: string) => renderToStaticMarkup(createElement(MarkdownContent, { markdown: wordpressHtmlToMarkdown(html), variant: "review" }));

describe("HTML to Markdown", () => {
  it("keeps paragraphs (classic editor blank lines), line breaks, emphasis, links, lists, headings and blockquotes", () => {
    const markdown = wordpressHtmlToMarkdown(
      'First <em>one</em> and <strong>two</strong>.\n\nSecond with a <a href="https://example.org/x">link</a>.\nSame paragraph.\n\n<h2>Random thoughts</h2>\n<ul><li>Pin</li><li>Score</li></ul>\n<ol><li>One</li></ol>\n<blockquote>Quoted.</blockquote>',
    );
    expect(markdown).toContain("First _one_ and **two**.\n\nSecond with a [link](https://example.org/x).  \nSame paragraph.");
    expect(markdown).toMatch(/## Random thoughts/);
    expect(markdown).toMatch(/^- +Pin$/m);
    expect(markdown).toMatch(/^1\. +One$/m);
    expect(markdown).toMatch(/^> Quoted\.$/m);
    const html = rendered("One.\n\nTwo.\n\n<h2>Head</h2><blockquote>Q</blockquote>");
    expect(html).toContain("<p>One.</p>");
    expect(html).toContain("<h2>Head</h2>");
    expect(html).toContain("<blockquote>");
  });

  it("reads block-editor content as it is, without adding paragraphs", () => {
    const markdown = wordpressHtmlToMarkdown("<!-- wp:paragraph -->\n<p>Block <strong>content</strong></p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>Second</p>\n<!-- /wp:paragraph -->");
    expect(markdown).toBe("Block **content**\n\nSecond");
  });

  it("drops <!--more--> and <!--nextpage--> but keeps the text around them", () => {
    expect(wordpressHtmlToMarkdown("Teaser.\n\n<!--more-->\n\nRest.<!--nextpage-->Page two.")).toBe("Teaser.\n\nRest.Page two.");
    expect(wordpressHtmlToMarkdown("Teaser <!--more Read on!--> rest")).not.toContain("more");
  });

  it("decodes entities once: &#8217; is ’ and &lt;3 is <3, shown as text, never as a tag", () => {
    const markdown = wordpressHtmlToMarkdown("I &lt;3 it &amp; that&#8217;s it. &lt;b&gt;not bold&lt;/b&gt;");
    const html = renderToStaticMarkup(createElement(MarkdownContent, { markdown, variant: "comment" }));
    expect(html).toContain("I &lt;3 it &amp; that’s it. &lt;b&gt;not bold&lt;/b&gt;");
    expect(html).not.toContain("<b>");
  });

  it("never leaves anything executable: scripts, handlers and javascript: links are gone once rendered", () => {
    const html = rendered('<script>alert(1)</script><p onclick="alert(2)">Hi <a href="javascript:alert(3)">x</a> <img src="x" onerror="alert(4)"></p><iframe src="https://www.youtube.com/embed/abc"></iframe><style>p{}</style>');
    expect(html).not.toMatch(/<script|onclick|onerror|javascript:|<iframe|<style/i);
    expect(html).toContain("Hi");
    // An embedded video becomes a link to it.
    expect(html).toContain('href="https://www.youtube.com/embed/abc"');
  });
});

describe("plain-text comments", () => {
  it("convert without a DOM to exactly what turndown makes of them", () => {
    const samples = ["Hello world", "Line one\nLine two\n\nPara two", "  spaced   out  \n\n\n\nthird", "* not a list\n1. not numbered\n# not heading", "under_score *star* `code`", "a -- b\n- c\n+ d\n> e", "Tabs\there\r\nWindows", "100. Wow\n===\n---", "Émoji 🎬"];
    for (const text of samples) {
      // An empty element sends the same text through turndown's DOM path.
      expect(wordpressHtmlToMarkdown(text), text).toBe(wordpressHtmlToMarkdown(`${text}<span></span>`));
    }
  });
});

describe("shortcodes", () => {
  it("[caption] becomes its image and caption, old style (attribute) or new", () => {
    const markdown = wordpressHtmlToMarkdown('[caption id="attachment_5" align="aligncenter" width="300"]<img src="https://example.org/t.jpg" alt="Theodore" /> Theodore at work[/caption]');
    expect(markdown).toBe("![Theodore](https://example.org/t.jpg)\n\n_Theodore at work_");
    expect(wordpressHtmlToMarkdown('[caption id="a" caption="Old style"]<img src="https://example.org/o.jpg" alt="" />[/caption]')).toContain("_Old style_");
  });

  it("removes unknown shortcodes, keeping what they wrap and the link they point at", () => {
    expect(replaceShortcodes('Before [gallery ids="1,2,3"] after')).toBe("Before  after");
    expect(replaceShortcodes("[note]The ending[/note]")).toBe("The ending");
    expect(replaceShortcodes("[embed]https://vimeo.com/1[/embed]")).toBe("https://vimeo.com/1");
    expect(replaceShortcodes("[youtube https://youtu.be/abc]")).toBe('<a href="https://youtu.be/abc">https://youtu.be/abc</a>');
    expect(replaceShortcodes('[audio mp3="https://example.org/a.mp3"][/audio]')).toContain('href="https://example.org/a.mp3"');
    expect(replaceShortcodes("[contact-form-7 id=\"1\" title=\"Contact\"]")).toBe("");
    expect(replaceShortcodes("[gallery]")).toBe("");
  });

  it("turns a spoiler shortcode into Marquee's inline spoiler, which hides it when rendered", () => {
    expect(replaceShortcodes("She [spoiler]leaves[/spoiler].")).toBe("She ||leaves||.");
    expect(rendered("She [spoiler]leaves[/spoiler].")).toMatch(/<span[^>]*>leaves<\/span>/);
    // Across paragraphs an inline spoiler can't hold it: the text stays, the shortcode goes.
    expect(replaceShortcodes("[spoiler]One.\n\nTwo.[/spoiler]")).toBe("One.\n\nTwo.");
  });

  it("leaves brackets that are text, and shows [[escaped]] ones as WordPress does", () => {
    expect(replaceShortcodes("He said [sic] and [Editor’s note: see below] and [1].")).toBe("He said [sic] and [Editor’s note: see below] and [1].");
    expect(replaceShortcodes("Write [[gallery]] to show a gallery.")).toBe("Write [gallery] to show a gallery.");
    expect(wordpressHtmlToMarkdown("Write [[caption]]")).toBe("Write \\[caption\\]");
  });

  it("never shows a shortcode raw once rendered", () => {
    const html = rendered('[caption id="x"]<img src="https://example.org/a.jpg" alt="A" /> Caption[/caption] [gallery ids="1"] [video src="https://example.org/v.mp4"]');
    expect(html).not.toMatch(/\[(caption|gallery|video)/);
  });
});

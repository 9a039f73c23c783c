// Excerpts (review cards, feeds, meta descriptions, the moderation queue) are made on every view,
// with regular expressions. A review of 20,000 `[` took about a second per excerpt, because a
// pattern retried from every `[` to the end of the text: quadratic time. Every pattern is now
// linear, so texts ten times as long as any review finish at once.
import { describe, expect, it } from "vitest";
import { markdownExcerpt } from "@/lib/format/excerpt";
import { callWithDeadline } from "../helpers/deadline";

/** Ten times the longest review: quadratic code needs minutes for each of these. */
const N = 200_000;
const WORDS = " and then the words of the review".repeat(10);

const ADVERSARIAL: Record<string, string> = {
  "opening brackets": "[".repeat(N) + WORDS,
  "image openers": "![".repeat(N / 2) + WORDS,
  "links without a closing parenthesis": "[a](".repeat(N / 4) + WORDS,
  "angle brackets": "<".repeat(N) + WORDS,
  "a long run of emphasis marks inside a word": `a${"*_".repeat(N / 2)}b${WORDS}`,
  "blank lines": `${"\n".repeat(N)}x${WORDS}`,
  "a first word of commas": `${",".repeat(N)}x${WORDS}`,
  "dashes on every line": "- - x\n".repeat(N / 6) + WORDS,
};

describe("markdownExcerpt on hostile text", () => {
  it.each(Object.entries(ADVERSARIAL))("finishes promptly on %s", async (_shape, markdown) => {
    const excerpt = await callWithDeadline<string>("lib/format/excerpt.ts", "markdownExcerpt", [markdown, 40], 15_000);
    expect(excerpt.length).toBeGreaterThan(0);
    expect(excerpt).toBe(markdownExcerpt(markdown, 40));
  });
});

describe("markdownExcerpt", () => {
  it("reads Markdown as plain words", () => {
    expect(markdownExcerpt("# A title\n\n> A *quoted* line with a [link](https://example.com) and ![an image](x.png).\n\n- one\n- two")).toBe(
      "A title A quoted line with a link and . one two",
    );
    expect(markdownExcerpt("**Bold**, _italic_, ~~gone~~ and `code`.")).toBe("Bold, italic, gone and code.");
    expect(markdownExcerpt("Before\n\n---\n\nAfter")).toBe("Before After");
    expect(markdownExcerpt("Text <b>with</b> tags and a [ref][1].\n\n```\ncode\n```")).toBe("Text with tags and a ref.");
  });

  it("never shows an inline spoiler", () => {
    expect(markdownExcerpt("The twist: ||she leaves|| at the end.")).toBe("The twist: [spoiler] at the end.");
  });

  it("cuts at a word and says so, without dangling punctuation", () => {
    expect(markdownExcerpt("one, two, three, four", 2)).toBe("one, two…");
    expect(markdownExcerpt("one two", 2)).toBe("one two");
  });
});

// Deeply nested Markdown: 3,000 `>` in a 3 KB comment used to overflow the stack while its review
// page rendered, after seconds of work, on every view. Now such text is refused when written,
// and text already stored renders as plain text, once, without failing the page around it.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { editCommentAction } from "@/lib/actions/comments";
import { createReviewAction, updateReviewAction } from "@/lib/actions/reviews";
import { db } from "@/lib/db";
import { MarkdownContent, renderedMarkdown } from "@/lib/markdown";
import { MAX_NESTING_DEPTH, markdownNestingDepth } from "@/lib/markdown-nesting";
import { ItemText } from "@/components/admin/queue/item-text";
import { actAs } from "../helpers/acting-as";
import { expectFieldError, expectOk } from "../helpers/action-results";
import { postCommentAs, postedComment, uniqueBody } from "../helpers/comment-posting";
import { createTestFilm, createTestReview, createTestUser } from "../helpers/fixtures";
import { setSetting } from "../helpers/site-settings";

/** The shapes the attack review used, and their cousins. */
const TOO_DEEP = {
  "3,000 quote markers": ">".repeat(3000),
  "3,000 spaced quote markers": "> ".repeat(3000) + "boo",
  "2,500 list markers": "- ".repeat(2500) + "boo",
  "alternating list markers": "- * ".repeat(1250) + "boo",
  "ordered lists": "1. ".repeat(2000) + "boo",
  "a staircase of indented items": Array.from({ length: 400 }, (_, level) => `${"  ".repeat(level)}- level ${level}`).join("\n"),
  "3,000 nested emphases": `${"*a ".repeat(3000)}b${" c*".repeat(3000)}`,
  "3,000 nested brackets": `${"[".repeat(3000)}a${"](b)".repeat(3000)}`,
};

const html = (markdown: string, variant: "review" | "comment" = "comment") => renderToStaticMarkup(createElement(MarkdownContent, { markdown, variant }));

describe("how deeply a text nests", () => {
  it("is measured as written, for quotes, lists and emphasis alike", () => {
    expect(markdownNestingDepth("> one\n> > two\n> > > three")).toEqual({ blocks: 3, inline: 0 });
    expect(markdownNestingDepth("- a\n  - b\n    - c").blocks).toBe(3);
    expect(markdownNestingDepth("**bold _and italic_**").inline).toBeGreaterThanOrEqual(2);
    for (const [shape, text] of Object.entries(TOO_DEEP)) {
      const { blocks, inline } = markdownNestingDepth(text);
      expect(Math.max(blocks, inline), shape).toBeGreaterThan(MAX_NESTING_DEPTH);
    }
  });

  it("doesn't mistake ordinary writing for nesting", () => {
    const ordinary = [
      "- - - - - - - - - - - - - - - - - - - - - - - -", // a long rule, not a list
      "*great *awful *fine *dull *bright *dark *slow *fast *odd *even *old *new *hot *cold *big *small *last", // stray asterisks
      "*one* *two* *three* *four* *five* *six* *seven* *eight* *nine* *ten* *eleven* *twelve* *thirteen* *fourteen* *fifteen* *sixteen* *seventeen*",
      "snake_case_names_are_not_emphasis_at_all_even_when_there_are_many_of_them_in_a_row_like_this_one_here",
      "2014. A year of films.\n1.5 stars, really.",
    ];
    for (const text of ordinary) expect(Math.max(...Object.values(markdownNestingDepth(text))), text).toBeLessThanOrEqual(3);
  });
});

describe("rendering text already stored", () => {
  it.each(Object.entries(TOO_DEEP))("shows %s as plain text instead of failing", (_shape, markdown) => {
    const rendered = html(markdown);
    expect(rendered).not.toContain("<blockquote");
    expect(rendered).not.toContain("<li");
    expect(rendered).toContain('class="whitespace-pre-wrap');
  });

  it("renders each such text once: the stand-in is cached like any other rendering", () => {
    const markdown = `${">".repeat(3000)} ${uniqueBody()}`;
    expect(renderedMarkdown(markdown, "comment")).toBe(renderedMarkdown(markdown, "comment"));
  });

  it("keeps inline spoilers hidden in the plain-text stand-in", () => {
    const rendered = html(`${"> ".repeat(500)}The twist: ||Samantha leaves||.`);
    expect(rendered).toContain('aria-label="Reveal spoiler"');
    expect(rendered).not.toContain("||");
  });

  it("still formats nesting up to the limit", () => {
    const quotes = html(`${"> ".repeat(MAX_NESTING_DEPTH)}deep but fine`);
    expect(quotes.match(/<blockquote>/g)).toHaveLength(MAX_NESTING_DEPTH);
    const list = html(Array.from({ length: MAX_NESTING_DEPTH }, (_, level) => `${"  ".repeat(level)}- level ${level}`).join("\n"));
    expect(list.match(/<li>/g)?.length).toBeGreaterThanOrEqual(8);
  });

  it("doesn't fail the moderation queue's row for a held comment of 3,000 quote markers", () => {
    // Long enough that the row offers the full text, rendered, behind "Show full text".
    const rendered = renderToStaticMarkup(createElement(ItemText, { title: null, body: `${"> ".repeat(3000)}${"word ".repeat(60)}hello` }));
    expect(rendered).toContain("Show full text");
    expect(rendered).toContain("hello");
  });
});

describe("writing nested text", () => {
  let author: Awaited<ReturnType<typeof createTestUser>>;
  let reviewId: string;
  beforeAll(async () => {
    author = await createTestUser();
    const reviewer = await createTestUser();
    reviewId = (await createTestReview({ authorId: reviewer.id })).id;
    await setSetting("holdFirstTimePosters", false);
  });

  it.each(Object.entries(TOO_DEEP))("refuses a comment of %s, on its body, writing nothing", async (_shape, body) => {
    const before = await db.comment.count();
    const failure = expectFieldError(await postCommentAs(author, { reviewId, body }), "body");
    expect(failure.fieldErrors?.body?.join(" ")).toMatch(/nests .* more than 16 levels deep/);
    expect(await db.comment.count()).toBe(before);
  });

  it("accepts nesting up to the limit", async () => {
    const body = `${"> ".repeat(MAX_NESTING_DEPTH)}${uniqueBody("as they said")}`;
    expect((await postedComment(author, { reviewId, body })).commentId).toBeTruthy();
    const tooDeep = `${"> ".repeat(MAX_NESTING_DEPTH + 1)}${uniqueBody("as they said")}`;
    expectFieldError(await postCommentAs(author, { reviewId, body: tooDeep }), "body");
  });

  it("refuses the same in a comment edit, and in a review or its edit", async () => {
    const { commentId } = await postedComment(author, { reviewId });
    const deep = TOO_DEEP["3,000 quote markers"];
    expectFieldError(await editCommentAction({ commentId, body: deep }), "body");
    expect((await db.comment.findUniqueOrThrow({ where: { id: commentId } })).body).not.toBe(deep);

    actAs(author);
    const film = await createTestFilm();
    expectFieldError(await createReviewAction({ filmId: film.id, rating: 7, title: "", body: deep, hasSpoilers: false }), "body");
    expect(await db.review.count({ where: { filmId: film.id } })).toBe(0);
    const { reviewId: ownReview } = expectOk(await createReviewAction({ filmId: film.id, rating: 7, title: "", body: "Fine.", hasSpoilers: false }));
    expectFieldError(await updateReviewAction({ reviewId: ownReview, rating: 7, title: "", body: deep, hasSpoilers: false }), "body");
    expect((await db.review.findUniqueOrThrow({ where: { id: ownReview } })).body).toBe("Fine.");
  });
});

// A review's edit history, bounded per request: anyone (no sign-in needed) could make a page
// word-diff every version of a review at once, up to 500 of them, for seconds of CPU per view.
// Now each view lists one page of edits (small columns and a hash of each text) and compares one
// pair of versions, with a diff whose work is capped; and members' edits are rate-limited.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { editCommentAction } from "@/lib/actions/comments";
import { updateReviewAction } from "@/lib/actions/reviews";
import { EDIT_RULES } from "@/lib/content/edit-limits";
import { db } from "@/lib/db";
import { getReviewHistory, HISTORY_PAGE_SIZE } from "@/lib/queries/review-history";
import { TextDiff } from "@/components/reviews/text-diff";
import { actAs } from "../helpers/acting-as";
import { expectOk, expectRefused } from "../helpers/action-results";
import { postedComment } from "../helpers/comment-posting";
import { createTestReview, createTestUser } from "../helpers/fixtures";

type User = Awaited<ReturnType<typeof createTestUser>>;

/** Version n of the history review: the text says which, and every fifth edit changes the rating. */
const version = (n: number) => ({ title: n % 7 === 0 ? `Title ${n}` : "", body: `Version ${n} of a review that keeps changing.`, rating: 1 + Math.floor(n / 5) % 10, hasSpoilers: false });
const EDITS = 45;

let author: User;
let reviewId: string;

beforeAll(async () => {
  author = await createTestUser();
  // Written straight to the table: the history as 45 edits over a day would have left it.
  const review = await createTestReview({ authorId: author.id, body: version(1).body, rating: version(1).rating });
  reviewId = review.id;
  const start = review.createdAt.getTime();
  await db.reviewRevision.createMany({
    data: Array.from({ length: EDITS }, (_, index) => ({
      reviewId,
      editorId: author.id,
      ...version(index + 1),
      title: version(index + 1).title || null,
      createdAt: new Date(start + (index + 1) * 60_000),
    })),
  });
  const latest = version(EDITS + 1);
  await db.review.update({ where: { id: reviewId }, data: { body: latest.body, rating: latest.rating, title: latest.title || null, editedAt: new Date() } });
});

describe("the history page's data", () => {
  it("shows the newest edit in full and lists one page of edits, newest first", async () => {
    const history = (await getReviewHistory(reviewId, null, false))!;
    expect(history.edits).toMatchObject({ total: EDITS, page: 1, pageCount: Math.ceil(EDITS / HISTORY_PAGE_SIZE) });
    expect(history.edits.items.map((edit) => edit.number)).toEqual(Array.from({ length: HISTORY_PAGE_SIZE }, (_, index) => EDITS - index));
    expect(history.selected).toMatchObject({ number: EDITS, before: { body: version(EDITS).body }, after: { body: version(EDITS + 1).body } });
  });

  it("says what each edit changed without reading its text", async () => {
    const { edits } = (await getReviewHistory(reviewId, null, false, { page: 2 }))!;
    const edit = (n: number) => edits.items.find((item) => item.number === n)!;
    expect(edit(24)).toMatchObject({ textChanged: true, rating: { before: version(24).rating, after: version(25).rating } });
    expect(edit(23)).toMatchObject({ textChanged: true, rating: null });
    expect(edit(21)).toMatchObject({ titleChanged: true }); // version 21 has a title, 22 none
    for (const item of edits.items) expect(item).not.toHaveProperty("body");
    expect(edit(24).editedAt.getTime() - edit(23).editedAt.getTime()).toBe(60_000);
  });

  it("opens any edit by its number, on the page of the list that holds it", async () => {
    const history = (await getReviewHistory(reviewId, null, false, { edit: 3 }))!;
    expect(history.selected).toMatchObject({ number: 3, before: { body: version(3).body }, after: { body: version(4).body } });
    expect(history.edits.page).toBe(3);
    expect(history.edits.items.map((edit) => edit.number)).toEqual([5, 4, 3, 2, 1]);
  });

  it("with only a page, shows the newest edit on that page; past the end, the last page", async () => {
    expect((await getReviewHistory(reviewId, null, false, { page: 2 }))!.selected?.number).toBe(EDITS - HISTORY_PAGE_SIZE);
    expect((await getReviewHistory(reviewId, null, false, { page: 99 }))!.edits.page).toBe(3);
  });

  it("has no edit 0, and none past the last", async () => {
    expect(await getReviewHistory(reviewId, null, false, { edit: 0 })).toBeNull();
    expect(await getReviewHistory(reviewId, null, false, { edit: EDITS + 1 })).toBeNull();
  });

  it("of a review never edited, lists nothing and selects nothing", async () => {
    const fresh = await createTestReview({ authorId: author.id });
    expect(await getReviewHistory(fresh.id, null, false)).toMatchObject({ edits: { total: 0, items: [], pageCount: 1 }, selected: null });
  });
});

describe("comparing two versions", () => {
  it("shows a rewrite of a long review as the old text and the new one, without word-diffing it", () => {
    const before = Array.from({ length: 3500 }, (_, i) => `word${i % 97}`).join(" ");
    const after = Array.from({ length: 3500 }, (_, i) => `other${i % 89}`).join(" ");
    const html = renderToStaticMarkup(createElement(TextDiff, { before, after }));
    expect(html.match(/<del/g)).toHaveLength(1);
    expect(html.match(/<ins/g)).toHaveLength(1);
  });

  it("still marks the words an ordinary edit changed", () => {
    const html = renderToStaticMarkup(createElement(TextDiff, { before: "A slow, warm film.", after: "A patient, warm film." }));
    expect(html).toMatch(/<del[^>]*>.*slow.*<\/del>/);
    expect(html).toMatch(/<ins[^>]*>.*patient.*<\/ins>/);
  });
});

describe("how often a member may edit", () => {
  it(`allows ${EDIT_RULES.review.limit} review edits an hour, then refuses without saving`, async () => {
    const writer = await createTestUser();
    const review = await createTestReview({ authorId: writer.id });
    actAs(writer);
    const edit = (n: number) => updateReviewAction({ reviewId: review.id, rating: 8, title: "", body: `Take ${n}.`, hasSpoilers: false });
    for (let n = 1; n <= EDIT_RULES.review.limit; n++) expectOk(await edit(n));
    expectRefused(await edit(0), /Too many edits in the last hour\. Try again in \d+ minutes?\./);
    expect((await db.review.findUniqueOrThrow({ where: { id: review.id } })).body).toBe(`Take ${EDIT_RULES.review.limit}.`);
    expect(await db.reviewRevision.count({ where: { reviewId: review.id } })).toBe(EDIT_RULES.review.limit);
    // Saving without a change is not an edit, and isn't refused.
    expectOk(await edit(EDIT_RULES.review.limit));
  });

  it(`allows ${EDIT_RULES.comment.limit} comment edits an hour, then refuses without saving`, async () => {
    const writer = await createTestUser();
    const { commentId } = await postedComment(writer, { reviewId });
    for (let n = 1; n <= EDIT_RULES.comment.limit; n++) expectOk(await editCommentAction({ commentId, body: `Take ${n}.` }));
    expectRefused(await editCommentAction({ commentId, body: "One more." }), /Too many edits/);
    expect((await db.comment.findUniqueOrThrow({ where: { id: commentId } })).body).toBe(`Take ${EDIT_RULES.comment.limit}.`);
  });
});

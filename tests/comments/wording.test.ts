// Small words that said something untrue: a comment hidden automatically after readers' reports
// read "[removed by a moderator]", though no moderator had acted; the edit window said
// "1 minutes"; a wait of one second said "1 seconds".
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { editCommentAction } from "@/lib/actions/comments";
import { reportContentAction } from "@/lib/actions/moderation/reports";
import { db } from "@/lib/db";
import type { CommentPlaceholder } from "@/lib/comments/thread-view";
import { getReviewThreadPage } from "@/lib/queries/comments";
import { retryMessage } from "@/lib/rate-limit";
import { CommentPlaceholderView } from "@/components/comments/comment-placeholder";
import { actAs } from "../helpers/acting-as";
import { expectOk, expectRefused } from "../helpers/action-results";
import { createTestReview, createTestUser } from "../helpers/fixtures";
import { createCountedComment, moderated } from "../helpers/moderation-fixtures";
import { setSetting } from "../helpers/site-settings";

let reviewId: string;

beforeAll(async () => {
  reviewId = (await createTestReview({ authorId: (await createTestUser()).id })).id;
  await setSetting("autoHideReportThreshold", 3);
});

/** A comment with one reply; returns the comment's id. */
async function commentWithReply(): Promise<string> {
  const comment = await createCountedComment({ reviewId, authorId: (await createTestUser()).id });
  await createCountedComment({ reviewId, authorId: (await createTestUser()).id, parentId: comment.id });
  return comment.id;
}

/** What a signed-out reader sees where the comment was. */
async function placeholderFor(commentId: string): Promise<string> {
  const page = await getReviewThreadPage({ reviewId, viewerId: null, sort: "oldest", page: 1 });
  const node = page.threads.find((thread) => thread.id === commentId);
  expect(node?.kind).toBe("placeholder");
  return renderToStaticMarkup(createElement(CommentPlaceholderView, { removedBy: (node as unknown as CommentPlaceholder).removedBy }));
}

describe("where a comment with replies was", () => {
  it("says reports hid it, not a moderator, when readers' reports hid it", async () => {
    const commentId = await commentWithReply();
    for (let n = 0; n < 3; n++) {
      actAs(await createTestUser());
      expectOk(await reportContentAction({ kind: "COMMENT", id: commentId, reason: "ABUSE" }));
    }
    expect((await db.comment.findUniqueOrThrow({ where: { id: commentId } })).state).toBe("HIDDEN");
    const html = await placeholderFor(commentId);
    expect(html).toContain("hidden after readers’ reports");
    expect(html).not.toContain("moderator]");
  });

  it("says a moderator removed it when one did", async () => {
    const commentId = await commentWithReply();
    await moderated((await createTestUser({ role: "MODERATOR" })).id, { kind: "COMMENT", id: commentId }, "hide", "Rude");
    expect(await placeholderFor(commentId)).toContain("[removed by a moderator]");
  });

  it("says it waits for a moderator when an edit had it held", async () => {
    const commentId = await commentWithReply();
    await db.comment.update({ where: { id: commentId }, data: { state: "PENDING", stateReason: "Held for moderation: a blocked word" } });
    expect(await placeholderFor(commentId)).toContain("[waiting for a moderator]");
  });
});

describe("counts in messages", () => {
  it("the edit window speaks of 1 minute, not 1 minutes", async () => {
    await setSetting("editWindowMinutes", 1);
    const author = await createTestUser();
    const comment = await createCountedComment({ reviewId, authorId: author.id });
    await db.comment.update({ where: { id: comment.id }, data: { createdAt: new Date(Date.now() - 5 * 60_000) } });
    actAs(author);
    expectRefused(await editCommentAction({ commentId: comment.id, body: "Too late." }), "Comments can be edited for 1 minute after posting.");
    await setSetting("editWindowMinutes", 15);
  });

  it("waits speak of 1 second and 1 minute", () => {
    expect(retryMessage("comments", 1)).toBe("Too many comments. Try again in 1 second.");
    expect(retryMessage("comments", 59)).toBe("Too many comments. Try again in 59 seconds.");
    expect(retryMessage("comments", 60)).toBe("Too many comments. Try again in 1 minute.");
  });
});

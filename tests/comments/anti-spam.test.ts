// The comment spam guards, end to end through postCommentAction: flood and hourly limits kept
// in PostgreSQL, duplicate posts, the honeypot field, and the hold rules that explain themselves.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { editCommentAction, postCommentAction } from "@/lib/actions/comments";
import { db } from "@/lib/db";
import { expectFieldError, expectOk, expectRefused } from "../helpers/action-results";
import { actAs } from "../helpers/acting-as";
import { expireCommentRateLimits, postCommentAs, postedComment, uniqueBody } from "../helpers/comment-posting";
import { createTestComment, createTestReview, createTestUser } from "../helpers/fixtures";
import { resetSetting, setSetting } from "../helpers/site-settings";

type User = Awaited<ReturnType<typeof createTestUser>>;

const commentsBy = (user: User) => db.comment.count({ where: { authorId: user.id } });
const threeLinks = "See https://one.example, www.two.example and [three](https://three.example/page)";

/** Ends only the 15-second flood window, leaving the hourly counter running. */
async function expireFloodWindow(userId: string) {
  await db.rateLimit.updateMany({ where: { key: `comment:flood:${userId}` }, data: { windowEndsAt: new Date(Date.now() - 1000) } });
}

describe("comment spam guards", () => {
  let reviewer: User;
  let review: Awaited<ReturnType<typeof createTestReview>>;

  beforeAll(async () => {
    reviewer = await createTestUser();
    review = await createTestReview({ authorId: reviewer.id });
  });

  /** A member who already has a published comment, so the first-post hold doesn't apply. */
  async function establishedMember() {
    const member = await createTestUser();
    await createTestComment({ reviewId: review.id, authorId: member.id });
    return member;
  }

  describe("flood limit", () => {
    it("refuses a second comment within 15 seconds, and allows it once the window has passed", async () => {
      const member = await establishedMember();
      actAs(member);
      expectOk(await postCommentAction({ reviewId: review.id, body: uniqueBody() }));
      const refused = expectRefused(await postCommentAction({ reviewId: review.id, body: uniqueBody() }), "wait");
      expect(refused.error).toMatch(/\d+ seconds/);
      expect(await commentsBy(member)).toBe(2); // the established one and the first post

      await expireFloodWindow(member.id);
      expectOk(await postCommentAction({ reviewId: review.id, body: uniqueBody() }));
      expect(await commentsBy(member)).toBe(3);
    });

    it("lets only one of two comments sent at the same moment through", async () => {
      const member = await establishedMember();
      actAs(member);
      const results = await Promise.all([postCommentAction({ reviewId: review.id, body: uniqueBody() }), postCommentAction({ reviewId: review.id, body: uniqueBody() })]);
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      expect(await commentsBy(member)).toBe(2); // the established one and the winner
    });

    it("doesn't count a comment the flood limit refused against the hourly limit", async () => {
      const member = await establishedMember();
      actAs(member);
      expectOk(await postCommentAction({ reviewId: review.id, body: uniqueBody() }));
      for (let attempt = 0; attempt < 3; attempt++) expectRefused(await postCommentAction({ reviewId: review.id, body: uniqueBody() }), "wait");
      const counters = await db.rateLimit.findMany({ where: { key: { in: [`comment:flood:${member.id}`, `comment:hourly:${member.id}`] } } });
      expect(Object.fromEntries(counters.map((row) => [row.key.split(":")[1], row.hits]))).toEqual({ flood: 4, hourly: 1 });
    });

    it("limits each person separately", async () => {
      const first = await establishedMember();
      const second = await establishedMember();
      actAs(first);
      expectOk(await postCommentAction({ reviewId: review.id, body: uniqueBody() }));
      actAs(second);
      expectOk(await postCommentAction({ reviewId: review.id, body: uniqueBody() }));
    });

    it("refuses the 61st comment within an hour even when each was 15 s apart", async () => {
      const member = await establishedMember();
      actAs(member);
      for (let posted = 0; posted < 60; posted++) {
        await expireFloodWindow(member.id);
        expectOk(await postCommentAction({ reviewId: review.id, body: uniqueBody(`Comment ${posted}`) }));
      }
      await expireFloodWindow(member.id);
      const before = await commentsBy(member);
      expectRefused(await postCommentAction({ reviewId: review.id, body: uniqueBody() }), /Too many comments in the last hour/);
      expect(await commentsBy(member)).toBe(before);

      await expireCommentRateLimits(member.id);
      expectOk(await postCommentAction({ reviewId: review.id, body: uniqueBody() }));
    });
  });

  describe("duplicates", () => {
    it("refuses the same body twice within 5 minutes, even after the flood window", async () => {
      const member = await establishedMember();
      const body = uniqueBody("Same thing again");
      await postedComment(member, { reviewId: review.id, body });
      await expireCommentRateLimits(member.id);

      const before = await commentsBy(member);
      actAs(member);
      const refused = expectFieldError(await postCommentAction({ reviewId: review.id, body: `  ${body} ` }), "body");
      expect(refused.error).toContain("same comment");
      expect(await commentsBy(member)).toBe(before);
    });

    it("allows the same body again after 5 minutes, and from someone else at once", async () => {
      const member = await establishedMember();
      const other = await establishedMember();
      const body = uniqueBody("Great point");
      const first = await postedComment(member, { reviewId: review.id, body });
      await postedComment(other, { reviewId: review.id, body });

      await db.comment.update({ where: { id: first.commentId }, data: { createdAt: new Date(Date.now() - 6 * 60_000) } });
      await postedComment(member, { reviewId: review.id, body });
    });
  });

  it("refuses a post whose honeypot field is filled in", async () => {
    const member = await establishedMember();
    const before = await db.comment.count();
    actAs(member);
    expectFieldError(await postCommentAction({ reviewId: review.id, body: uniqueBody(), website: "https://cheap-pills.example" }), "website");
    expect(await db.comment.count()).toBe(before);
  });

  describe("hold rules", () => {
    it("holds a first-time poster's comment, saying why, until they have one published", async () => {
      const newcomer = await createTestUser();
      const held = await postedComment(newcomer, { reviewId: review.id });
      expect(held.state).toBe("PENDING");
      expect(held.heldReason).toMatch(/first/i);
      expect(await db.comment.findUniqueOrThrow({ where: { id: held.commentId } })).toMatchObject({ state: "PENDING", stateReason: held.heldReason });

      // Still a first-timer while nothing of theirs is published...
      expect((await postedComment(newcomer, { reviewId: review.id })).state).toBe("PENDING");
      // ...and trusted once a moderator has approved one.
      await db.comment.update({ where: { id: held.commentId }, data: { state: "PUBLISHED", stateReason: null } });
      expect((await postedComment(newcomer, { reviewId: review.id })).state).toBe("PUBLISHED");
    });

    it("doesn't hold first-time posters when the setting is off", async () => {
      await setSetting("holdFirstTimePosters", false);
      try {
        const newcomer = await createTestUser();
        expect(await postedComment(newcomer, { reviewId: review.id })).toMatchObject({ state: "PUBLISHED", heldReason: null });
      } finally {
        await resetSetting("holdFirstTimePosters");
      }
    });

    it("holds a comment with more than 2 links, counting them", async () => {
      const member = await establishedMember();
      const held = await postedComment(member, { reviewId: review.id, body: threeLinks });
      expect(held.state).toBe("PENDING");
      expect(held.heldReason).toContain("contains 3 links");

      const twoLinks = await postedComment(member, { reviewId: review.id, body: uniqueBody("See https://one.example and https://two.example") });
      expect(twoLinks.state).toBe("PUBLISHED");
    });

    it("holds a comment with a blocked word from the settings, naming the word", async () => {
      await setSetting("blockedWords", ["crypto-giveaway", "Spoilerbait"]);
      try {
        const member = await establishedMember();
        const held = await postedComment(member, { reviewId: review.id, body: uniqueBody("Total SPOILERBAIT, this one.") });
        expect(held.state).toBe("PENDING");
        expect(held.heldReason).toContain('"Spoilerbait"');
        expect((await db.comment.findUniqueOrThrow({ where: { id: held.commentId } })).stateReason).toBe(held.heldReason);

        // A word that merely contains it is fine.
        expect((await postedComment(member, { reviewId: review.id, body: uniqueBody("Spoilerbaiting is a word now") })).state).toBe("PUBLISHED");
      } finally {
        await resetSetting("blockedWords");
      }
    });

    it("neither counts nor announces a held comment", async () => {
      const threadStarter = await createTestUser();
      const ownReview = await createTestReview({ authorId: reviewer.id });
      await setSetting("holdFirstTimePosters", false);
      const parent = await postedComment(threadStarter, { reviewId: ownReview.id });
      await resetSetting("holdFirstTimePosters");
      await db.notification.deleteMany({ where: { userId: { in: [reviewer.id, threadStarter.id] } } });
      const countBefore = (await db.review.findUniqueOrThrow({ where: { id: ownReview.id } })).commentCount;

      const newcomer = await createTestUser();
      const held = await postedComment(newcomer, { reviewId: ownReview.id, parentId: parent.commentId });
      expect(held.state).toBe("PENDING");

      expect((await db.review.findUniqueOrThrow({ where: { id: ownReview.id } })).commentCount).toBe(countBefore);
      expect(await db.notification.count({ where: { userId: { in: [reviewer.id, threadStarter.id] } } })).toBe(0);
    });

    it("can't be slipped past by editing links or a blocked word into a published comment", async () => {
      await setSetting("blockedWords", ["crypto-giveaway"]);
      try {
        const member = await establishedMember();
        for (const spam of [threeLinks, "Join the crypto-giveaway now"]) {
          const clean = await postedComment(member, { reviewId: review.id });
          expect(clean.state).toBe("PUBLISHED");
          actAs(member);
          await editCommentAction({ commentId: clean.commentId, body: spam });

          // Either the edit was refused, or the edited comment waits for a moderator.
          const row = await db.comment.findUniqueOrThrow({ where: { id: clean.commentId } });
          expect(row.state === "PUBLISHED" && row.body === spam, `edited comment is published with: ${spam}`).toBe(false);
        }
      } finally {
        await resetSetting("blockedWords");
      }
    });
  });

  it("keeps the limits in the database, where every app instance sees them", async () => {
    const member = await establishedMember();
    await postCommentAs(member, { reviewId: review.id });
    const rows = await db.rateLimit.findMany({ where: { key: { in: [`comment:flood:${member.id}`, `comment:hourly:${member.id}`] } } });
    expect(rows.map((row) => row.key).sort()).toEqual([`comment:flood:${member.id}`, `comment:hourly:${member.id}`]);
    expect(rows.every((row) => row.hits === 1 && row.windowEndsAt > new Date())).toBe(true);
  });
});

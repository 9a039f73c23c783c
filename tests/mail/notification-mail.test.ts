// Notification mail end to end: a comment or a moderator's decision makes a Notification row;
// the worker turns due notifications into outbox messages; a real SMTP server receives them.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { POST as oneClickUnsubscribe } from "@/app/api/unsubscribe/route";
import { unsubscribeAction, updateMailPreferencesAction } from "@/lib/actions/email";
import { db } from "@/lib/db";
import { runBackgroundWorkOnce } from "@/lib/jobs/background-work";
import { unsubscribeToken } from "@/lib/mail/unsubscribe-token";
import { queueNotificationMail } from "@/lib/notifications/mail/queue-notification-mail";
import { expectOk, expectRefused } from "../helpers/action-results";
import { actAs } from "../helpers/acting-as";
import { postedComment, uniqueBody } from "../helpers/comment-posting";
import { createTestComment, createTestReview, createTestUser } from "../helpers/fixtures";
import { headerBlock, linkIn, runNotificationWorker, sendOutbox, SITE, smtpServerForThisFile } from "../helpers/mail-pipeline";
import { moderated } from "../helpers/moderation-fixtures";
import { setSetting } from "../helpers/site-settings";

const smtp = smtpServerForThisFile();
const minutes = (n: number) => new Date(Date.now() + n * 60_000);

async function verifiedUser(options: Parameters<typeof createTestUser>[0] = {}) {
  const user = await createTestUser(options);
  return db.user.update({ where: { id: user.id }, data: { emailVerified: new Date() } });
}

/** Mail that arrived for `user`. */
const mailTo = (user: { email: string | null }) => smtp.current.messages.filter((m) => m.to.includes(user.email!));

beforeAll(async () => {
  await setSetting("holdFirstTimePosters", false);
});
beforeEach(async () => {
  // Start each test with nothing pending from the one before.
  await queueNotificationMail("immediate", minutes(60));
  await queueNotificationMail("daily", minutes(60));
  await sendOutbox(minutes(60));
  smtp.current.messages.length = 0;
});

describe("notification mail", () => {
  it("a reply reaches the parent's author right away, with the comment, absolute links and one-click unsubscribe", async () => {
    const reviewer = await verifiedUser();
    const alice = await verifiedUser();
    const bob = await verifiedUser();
    const review = await createTestReview({ authorId: reviewer.id });
    const parent = await postedComment(alice, { reviewId: review.id });
    await runNotificationWorker();
    smtp.current.messages.length = 0;

    const reply = await postedComment(bob, { reviewId: review.id, parentId: parent.commentId, body: "**Loved** this point about ||the ending||, and the score." });
    await runNotificationWorker();
    const [mail, ...others] = mailTo(alice);
    expect(others).toHaveLength(0);
    expect(mail!.parsed.subject).toBe(`${bob.name} replied to your comment on a review of ${(await db.film.findFirstOrThrow({ where: { reviews: { some: { id: review.id } } } })).title}`);
    expect(mail!.parsed.text).toContain("> Loved this point about [spoiler], and the score.");
    expect(mail!.parsed.text).not.toContain("the ending");
    expect(linkIn(mail!, "/comments/").pathname).toBe(`/comments/${reply.commentId}`);
    expect(mail!.parsed.html).toContain(`${SITE}/comments/${reply.commentId}`);
    expect(mail!.parsed.html).toContain("Marquee");
    expect(headerBlock(mail!)).toMatch(/^List-Unsubscribe: <https:\/\/marquee\.test\/api\/unsubscribe\?token=[^>]+>$/m);
    expect(headerBlock(mail!)).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(linkIn(mail!, "/unsubscribe").searchParams.get("token")).toBeTruthy();
    expect(linkIn(mail!, "/settings").hash).toBe("#email");
    // The review's author hears about the reply too (a comment on their review), but was mailed
    // about this discussion a moment ago (Alice's comment): it waits for the 10-minute window.
    expect(mailTo(reviewer)).toHaveLength(0);
    await runNotificationWorker(minutes(11));
    expect(mailTo(reviewer).map((m) => m.parsed.subject)).toEqual([`${bob.name} commented on your review of ${mail!.parsed.subject!.split(" of ").at(-1)}`]);
    // Bob, who acted, hears nothing.
    expect(mailTo(bob)).toHaveLength(0);
  });

  it("a comment on a review reaches the review's author", async () => {
    const reviewer = await verifiedUser();
    const alice = await verifiedUser();
    const review = await createTestReview({ authorId: reviewer.id });
    await postedComment(alice, { reviewId: review.id, body: "What a fine piece." });
    await runNotificationWorker();
    expect(mailTo(reviewer)).toHaveLength(1);
    expect(mailTo(reviewer)[0]!.parsed.text).toContain("> What a fine piece.");
  });

  it("a moderator's decision about a member's comment and account reaches them", async () => {
    const moderator = await verifiedUser({ role: "MODERATOR" });
    const author = await verifiedUser();
    const review = await createTestReview({ authorId: (await createTestUser()).id });
    const { commentId } = await postedComment(author, { reviewId: review.id });
    await moderated(moderator.id, { kind: "COMMENT", id: commentId }, "hide", "Spoilers without a warning");
    await runNotificationWorker();
    const [mail] = mailTo(author);
    expect(mail!.parsed.subject).toBe("Your comment was hidden by a moderator. Reason: Spoilers without a warning");
    expect(linkIn(mail!, "/comments/").pathname).toBe(`/comments/${commentId}`);
    expect(mailTo(moderator)).toHaveLength(0);
  });

  it("never mails about a comment others can't see: held until approved, or hidden before the mail went", async () => {
    const moderator = await verifiedUser({ role: "MODERATOR" });
    const alice = await verifiedUser();
    const review = await createTestReview({ authorId: alice.id });
    await setSetting("blockedWords", ["forbiddenword"]);
    try {
      const held = await postedComment(await verifiedUser(), { reviewId: review.id, body: uniqueBody("This has forbiddenword in it") });
      expect(held.state).toBe("PENDING");
      await runNotificationWorker();
      expect(mailTo(alice)).toHaveLength(0);
      await moderated(moderator.id, { kind: "COMMENT", id: held.commentId }, "approve");
      await runNotificationWorker();
      expect(mailTo(alice)).toHaveLength(1);
    } finally {
      await setSetting("blockedWords", []);
    }

    smtp.current.messages.length = 0;
    const quickly = await postedComment(await verifiedUser(), { reviewId: review.id });
    await moderated(moderator.id, { kind: "COMMENT", id: quickly.commentId }, "hide", "Spam");
    await runNotificationWorker();
    expect(mailTo(alice)).toHaveLength(0);
    expect(await db.notification.findFirstOrThrow({ where: { commentId: quickly.commentId, userId: alice.id } })).toMatchObject({ mailState: "SKIPPED" });
  });

  it("never mails an address its owner hasn't confirmed", async () => {
    const reviewer = await createTestUser();
    const review = await createTestReview({ authorId: reviewer.id });
    await postedComment(await verifiedUser(), { reviewId: review.id });
    await runNotificationWorker();
    expect(mailTo(reviewer)).toHaveLength(0);
  });

  it("sends later replies in a thread's 10-minute window together, in one message", async () => {
    const alice = await verifiedUser();
    const review = await createTestReview({ authorId: (await createTestUser()).id });
    const parent = await postedComment(alice, { reviewId: review.id });
    await postedComment(await verifiedUser(), { reviewId: review.id, parentId: parent.commentId, body: "First reply" });
    await runNotificationWorker();
    expect(mailTo(alice)).toHaveLength(1);

    await postedComment(await verifiedUser(), { reviewId: review.id, parentId: parent.commentId, body: "Second reply" });
    await postedComment(await verifiedUser(), { reviewId: review.id, parentId: parent.commentId, body: "Third reply" });
    expect(await runNotificationWorker(minutes(1))).toMatchObject({ waiting: 2, messages: 0 });
    expect(await runNotificationWorker(minutes(5))).toMatchObject({ waiting: 2, messages: 0 });
    expect(mailTo(alice)).toHaveLength(1);

    await runNotificationWorker(minutes(11));
    const batch = mailTo(alice);
    expect(batch).toHaveLength(2);
    expect(batch[1]!.parsed.subject).toMatch(/^2 new comments on /);
    expect(batch[1]!.parsed.text).toContain("> Second reply");
    expect(batch[1]!.parsed.text).toContain("> Third reply");
  });

  it("follows each member's preference: off, right away, or a daily digest", async () => {
    const alice = await verifiedUser();
    actAs(alice);
    expectOk(await updateMailPreferencesAction({ mailReplies: "DAILY", mailReviewComments: "DAILY", mailModeration: "OFF" }));
    const review = await createTestReview({ authorId: alice.id });
    const mine = await postedComment(alice, { reviewId: review.id });
    await postedComment(await verifiedUser(), { reviewId: review.id, body: "A comment for the digest" });
    await postedComment(await verifiedUser(), { reviewId: review.id, parentId: mine.commentId, body: "A reply for the digest" });
    await moderated((await verifiedUser({ role: "MODERATOR" })).id, { kind: "COMMENT", id: mine.commentId }, "hide", "Testing");
    await moderated((await verifiedUser({ role: "MODERATOR" })).id, { kind: "COMMENT", id: mine.commentId }, "restore");

    await runNotificationWorker(minutes(30));
    expect(mailTo(alice)).toHaveLength(0);
    expect(await db.notification.count({ where: { userId: alice.id, type: "MODERATION", mailState: "SKIPPED" } })).toBe(2);

    await queueNotificationMail("daily", minutes(60));
    await sendOutbox(minutes(60));
    const [digest, ...more] = mailTo(alice);
    expect(more).toHaveLength(0);
    expect(digest!.parsed.subject).toBe("Your Marquee digest: 2 new notifications");
    expect(digest!.parsed.text).toContain("> A comment for the digest");
    expect(digest!.parsed.text).toContain("> A reply for the digest");
    expect(headerBlock(digest!)).toMatch(/^List-Unsubscribe: /m);
    // Once in a digest, never again.
    await queueNotificationMail("daily", minutes(24 * 60 + 60));
    await sendOutbox(minutes(24 * 60 + 60));
    expect(mailTo(alice)).toHaveLength(1);
  });

  it("a CR or LF in a display name never injects a header", async () => {
    const alice = await verifiedUser();
    const review = await createTestReview({ authorId: alice.id });
    const attacker = await verifiedUser();
    await db.user.update({ where: { id: attacker.id }, data: { name: "Mallory\r\nBcc: everyone@example.com\r\nX-Injected: 1" } });
    await postedComment(attacker, { reviewId: review.id });
    await runNotificationWorker();
    const [mail] = mailTo(alice);
    expect(mail!.to).toEqual([alice.email]);
    expect(mail!.parsed.headers.has("bcc")).toBe(false);
    expect(mail!.parsed.headers.has("x-injected")).toBe(false);
    expect(mail!.parsed.subject).toBe("Mallory Bcc: everyone@example.com X-Injected: 1 commented on your review of " + mail!.parsed.subject!.split(" of ").at(-1));
  });

  it("escapes names and comment text in the HTML part: nothing a member writes becomes markup", async () => {
    const alice = await verifiedUser();
    const review = await createTestReview({ authorId: alice.id });
    const attacker = await verifiedUser();
    await db.user.update({ where: { id: attacker.id }, data: { name: "Eve <script>alert(1)</script>" } });
    await postedComment(attacker, { reviewId: review.id, body: 'Look <img src=x onerror="alert(2)"> [here](javascript:void) & "quotes"' });
    await runNotificationWorker();
    const [mail] = mailTo(alice);
    expect(mail!.parsed.html).not.toMatch(/<script|<img|onerror|javascript:/i);
    expect(mail!.parsed.html).toContain("Eve &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(mail!.parsed.text).toContain('> Look here & "quotes"');
  });

  it("two workers handling the same notifications at once mail each group once", async () => {
    const review = await createTestReview({ authorId: (await verifiedUser()).id });
    const readers = await Promise.all(Array.from({ length: 6 }, () => verifiedUser()));
    for (const reader of readers) await postedComment(reader, { reviewId: review.id, parentId: undefined });
    const parents = await db.comment.findMany({ where: { reviewId: review.id } });
    for (const parent of parents) await postedComment(await verifiedUser(), { reviewId: review.id, parentId: parent.id });
    const before = await db.mailMessage.count();
    const passes = await Promise.all([queueNotificationMail("immediate"), queueNotificationMail("immediate"), queueNotificationMail("immediate")]);
    const made = await db.mailMessage.count();
    expect(passes.reduce((sum, pass) => sum + pass.messages, 0)).toBe(made - before);
    await sendOutbox();
    for (const reader of readers) expect(mailTo(reader)).toHaveLength(1);
    expect(await db.notification.count({ where: { reviewId: review.id, mailState: "PENDING" } })).toBe(0);
  });

  it("two app instances' background work, side by side, mails a notification once", async () => {
    const reviewer = await verifiedUser();
    const review = await createTestReview({ authorId: reviewer.id });
    await postedComment(await verifiedUser(), { reviewId: review.id, body: "Seen by both instances" });
    await Promise.all([runBackgroundWorkOnce(), runBackgroundWorkOnce()]);
    await Promise.all([runBackgroundWorkOnce(minutes(1)), runBackgroundWorkOnce(minutes(1))]);
    expect(mailTo(reviewer)).toHaveLength(1);
    expect(mailTo(reviewer)[0]!.parsed.text).toContain("> Seen by both instances");
  });

  it("imported content, which makes no notifications, mails nobody", async () => {
    const alice = await verifiedUser();
    const review = await createTestReview({ authorId: alice.id });
    const source = await db.sourceAuthor.create({ data: { key: `wp-${Date.now()}`, name: "A WordPress commenter" } });
    const imported = await createTestComment({ reviewId: review.id, authorId: alice.id });
    await db.comment.create({ data: { reviewId: review.id, sourceAuthorId: source.id, parentId: imported.id, rootId: imported.id, depth: 1, body: "Imported reply" } });
    await runNotificationWorker();
    expect(mailTo(alice)).toHaveLength(0);
    expect(await db.mailMessage.count({ where: { userId: alice.id } })).toBe(0);
  });
});

describe("unsubscribing", () => {
  it("one click works without a session; a forged or altered token changes nothing", async () => {
    const alice = await verifiedUser();
    actAs(null);
    const token = unsubscribeToken({ userId: alice.id, kinds: ["COMMENT_REPLY"] });
    // The signature's first character, not its last: the last one of a base64url signature also
    // holds two unused bits, so changing "A" to "B" there can leave the same bytes.
    const forged = token.replace(/\.(.)/, (_dot, c: string) => `.${c === "A" ? "B" : "A"}`);
    const otherUser = Buffer.from(`${(await createTestUser()).id}.COMMENT_REPLY`).toString("base64url") + "." + token.split(".")[1];
    const post = (value: string) =>
      oneClickUnsubscribe(new Request(`${SITE}/api/unsubscribe?token=${encodeURIComponent(value)}`, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "Content-Type": "application/x-www-form-urlencoded" } }));

    for (const bad of [forged, otherUser, "garbage", ""]) expect((await post(bad)).status).toBe(400);
    expect(await db.user.findUniqueOrThrow({ where: { id: alice.id }, select: { mailReplies: true } })).toEqual({ mailReplies: "IMMEDIATE" });

    const response = await post(token);
    expect(response.status).toBe(200);
    const prefs = await db.user.findUniqueOrThrow({ where: { id: alice.id }, select: { mailReplies: true, mailReviewComments: true, mailModeration: true } });
    expect(prefs).toEqual({ mailReplies: "OFF", mailReviewComments: "IMMEDIATE", mailModeration: "IMMEDIATE" });
  });

  it("the unsubscribe page's button works without a session, and refuses a forged link", async () => {
    const alice = await verifiedUser();
    actAs(null);
    expectRefused(await unsubscribeAction({ token: "abc.def" }), "isn't valid");
    expectOk(await unsubscribeAction({ token: unsubscribeToken({ userId: alice.id, kinds: ["REVIEW_COMMENT", "MODERATION"] }) }));
    expect(await db.user.findUniqueOrThrow({ where: { id: alice.id }, select: { mailReviewComments: true, mailModeration: true } })).toEqual({ mailReviewComments: "OFF", mailModeration: "OFF" });
  });

  it("the unsubscribe link in a real message turns that mail off", async () => {
    const reviewer = await verifiedUser();
    const review = await createTestReview({ authorId: reviewer.id });
    await postedComment(await verifiedUser(), { reviewId: review.id });
    await runNotificationWorker();
    const url = headerBlock(mailTo(reviewer)[0]!).match(/^List-Unsubscribe: <([^>]+)>$/m)![1]!;
    expect((await oneClickUnsubscribe(new Request(url, { method: "POST", body: "List-Unsubscribe=One-Click" }))).status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { id: reviewer.id } })).mailReviewComments).toBe("OFF");

    smtp.current.messages.length = 0;
    await postedComment(await verifiedUser(), { reviewId: review.id });
    await runNotificationWorker(minutes(20));
    expect(mailTo(reviewer)).toHaveLength(0);
  });
});

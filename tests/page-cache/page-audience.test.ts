// Which page a request for a public page gets: the shared guest page, the shared member page, or
// a live render. The member page holds only published content, so every case where a member
// must see something of their own (a held review, held or hidden comments, a suspension notice)
// has to go live; and a cookie that names nobody must not get the member page.
import { beforeAll, describe, expect, it } from "vitest";
import { pageAudienceFor, reviewAudienceFor } from "@/lib/page-cache/page-audience";
import { sharedRouteFor } from "@/lib/page-cache/shared-routes";
import { db } from "@/lib/db";
import { createTestComment, createTestReview, createTestUser } from "../helpers/fixtures";
import { resetSetting, setSetting } from "../helpers/site-settings";
import { sessionCookieFor, signInSession } from "../helpers/sessions";

const SECRET = "page-audience-test-secret-0123456789abcdef";
process.env.AUTH_SECRET = SECRET;
const COOKIE = "authjs.session-token";

async function requestFor(userId: string | null, secret = SECRET) {
  const headers = new Headers({ "x-forwarded-proto": "http" });
  if (userId) headers.set("cookie", await sessionCookieFor(await signInSession(userId), secret, COOKIE));
  return { headers, cookieNames: userId ? [COOKIE] : [] };
}

/** The audience of a member's new sign-in. */
const audienceOf = async (userId: string, reviewId: string) => reviewAudienceFor(await signInSession(userId), reviewId);

function route(url: string) {
  const { pathname, searchParams } = new URL(url, "http://marquee.test");
  return sharedRouteFor(pathname, searchParams)!;
}

describe("pageAudienceFor", () => {
  let member: Awaited<ReturnType<typeof createTestUser>>;
  let reviewId: string;
  beforeAll(async () => {
    member = await createTestUser();
    reviewId = (await createTestReview({ authorId: (await createTestUser()).id })).id;
  });

  it("gives signed-out readers the guest page, without looking anyone up", async () => {
    const { headers, cookieNames } = await requestFor(null);
    expect(await pageAudienceFor(route("/"), headers, cookieNames)).toBe("guest");
    expect(await pageAudienceFor(route(`/reviews/${reviewId}`), headers, cookieNames)).toBe("guest");
  });

  it("gives a member the member page", async () => {
    const { headers, cookieNames } = await requestFor(member.id);
    for (const url of ["/", "/films", "/films/her", `/reviews/${reviewId}?sort=top`]) {
      expect(await pageAudienceFor(route(url), headers, cookieNames)).toBe("member");
    }
  });

  it("treats a cookie from another secret (or a forged one) as signed out", async () => {
    const { headers, cookieNames } = await requestFor(member.id, "some-other-secret-0123456789abcdefghijkl");
    expect(await pageAudienceFor(route("/"), headers, cookieNames)).toBe("guest");
    const garbage = new Headers({ "x-forwarded-proto": "http", cookie: `${COOKIE}=not-a-token` });
    expect(await pageAudienceFor(route(`/reviews/${reviewId}`), garbage, [COOKIE])).toBe("guest");
  });
});

describe("reviewAudienceFor: when the shared member page can stand in for a member's own", () => {
  it("can, for a published review", async () => {
    const member = await createTestUser();
    const review = await createTestReview({ authorId: (await createTestUser()).id });
    await createTestComment({ reviewId: review.id, authorId: member.id });
    expect(await audienceOf(member.id, review.id)).toBe("member");
  });

  it("can't while the member has a held or hidden comment on it: they see it with its reason", async () => {
    for (const state of ["PENDING", "HIDDEN"] as const) {
      const member = await createTestUser();
      const review = await createTestReview({ authorId: (await createTestUser()).id });
      const comment = await createTestComment({ reviewId: review.id, authorId: member.id });
      await db.comment.update({ where: { id: comment.id }, data: { state } });
      expect(await audienceOf(member.id, review.id)).toBe("live");
      // Someone else's held comment changes nothing for this member.
      expect(await audienceOf((await createTestUser()).id, review.id)).toBe("member");
    }
  });

  it("ignores the member's deleted comments, and their comments on other reviews", async () => {
    const member = await createTestUser();
    const review = await createTestReview({ authorId: (await createTestUser()).id });
    const other = await createTestReview({ authorId: (await createTestUser()).id });
    const deleted = await createTestComment({ reviewId: review.id, authorId: member.id });
    await db.comment.update({ where: { id: deleted.id }, data: { state: "DELETED" } });
    const heldElsewhere = await createTestComment({ reviewId: other.id, authorId: member.id });
    await db.comment.update({ where: { id: heldElsewhere.id }, data: { state: "PENDING" } });
    expect(await audienceOf(member.id, review.id)).toBe("member");
  });

  it("can't for a review that isn't published (its author or staff may see it), or doesn't exist", async () => {
    const author = await createTestUser();
    const review = await createTestReview({ authorId: author.id });
    await db.review.update({ where: { id: review.id }, data: { state: "PENDING" } });
    expect(await audienceOf(author.id, review.id)).toBe("live");
    expect(await audienceOf(author.id, "nosuchreview0000")).toBe("live");
  });

  it("can't for a suspended member, who is told why there is no comment form", async () => {
    const review = await createTestReview({ authorId: (await createTestUser()).id });
    const suspended = await createTestUser({ banned: true, bannedUntil: new Date(Date.now() + 86_400_000) });
    expect(await audienceOf(suspended.id, review.id)).toBe("live");
    const banEnded = await createTestUser({ banned: true, bannedUntil: new Date(Date.now() - 60_000) });
    expect(await audienceOf(banEnded.id, review.id)).toBe("member");
  });

  it("can't for a member who must still confirm their address to post, while the site requires it", async () => {
    const review = await createTestReview({ authorId: (await createTestUser()).id });
    const unconfirmed = await createTestUser();
    const confirmed = await db.user.update({ where: { id: (await createTestUser()).id }, data: { emailVerified: new Date() } });
    expect(await audienceOf(unconfirmed.id, review.id)).toBe("member");
    await setSetting("requireVerifiedEmail", true);
    try {
      expect(await audienceOf(unconfirmed.id, review.id)).toBe("live");
      expect(await audienceOf(confirmed.id, review.id)).toBe("member");
    } finally {
      await resetSetting("requireVerifiedEmail");
    }
  });

  it("sends a deleted account, or an unknown id, to the guest page", async () => {
    const review = await createTestReview({ authorId: (await createTestUser()).id });
    const gone = await createTestUser();
    await db.user.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });
    expect(await audienceOf(gone.id, review.id)).toBe("guest");
    expect(await reviewAudienceFor({ userId: "nosuchmember0000", sessionId: "no-such-session" }, review.id)).toBe("guest");
  });
});

// The viewer layer is the only personal data a shared member page gets: it must say exactly what
// is the caller's own (their comments, votes, review, edit window), and nothing of anyone else's.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());

import { GET } from "@/app/api/viewer/route";
import { db } from "@/lib/db";
import { getViewerLayer } from "@/lib/page-cache/viewer-layer-query";
import type { ViewerLayer } from "@/lib/page-cache/viewer-layer";
import { actAs } from "../helpers/acting-as";
import { createTestComment, createTestFilm, createTestReview, createTestUser } from "../helpers/fixtures";
import { signInSession } from "../helpers/sessions";
import { resetSetting, setSetting } from "../helpers/site-settings";
import type { SessionClaim } from "@/lib/users/sessions";

type User = Awaited<ReturnType<typeof createTestUser>>;
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe("getViewerLayer", () => {
  let alice: User;
  let bob: User;
  let aliceSession: SessionClaim;
  let bobSession: SessionClaim;
  let reviewId: string;
  let aliceRecent: string;
  let aliceOld: string;
  let bobsComment: string;

  beforeAll(async () => {
    alice = await createTestUser();
    bob = await createTestUser();
    aliceSession = await signInSession(alice.id);
    bobSession = await signInSession(bob.id);
    const review = await createTestReview({ authorId: alice.id });
    reviewId = review.id;
    aliceRecent = (await createTestComment({ reviewId, authorId: alice.id, body: "Alice, just now", createdAt: minutesAgo(2) })).id;
    aliceOld = (await createTestComment({ reviewId, authorId: alice.id, body: "Alice, an hour ago", createdAt: minutesAgo(60) })).id;
    bobsComment = (await createTestComment({ reviewId, authorId: bob.id, body: "Bob, just now", createdAt: minutesAgo(1) })).id;
    await db.vote.create({ data: { userId: alice.id, commentId: bobsComment } });
    await db.vote.create({ data: { userId: bob.id, reviewId } });
    await db.notification.create({ data: { userId: alice.id, type: "REVIEW_COMMENT", reviewId, commentId: bobsComment } });
  });

  it("names the member, with the header's unread count", async () => {
    const layer = await getViewerLayer(aliceSession, { kind: "account" });
    expect(layer).toEqual({
      account: { handle: alice.handle, displayName: alice.name, isStaff: false, unreadNotifications: 1, mustVerifyEmail: false, suspension: null },
    });
  });

  it("says which comments on a review are the member's, which they upvoted and which they may still edit", async () => {
    const layer = await getViewerLayer(aliceSession, { kind: "review", id: reviewId });
    if (!layer.account) throw new Error("Alice should be signed in");
    expect(layer.review).toEqual({
      reviewId,
      isOwnReview: true,
      markedHelpful: false,
      ownComments: expect.arrayContaining([aliceRecent, aliceOld]),
      upvotedComments: [bobsComment],
      // Only the comment inside the 15-minute edit window comes with its Markdown.
      editableComments: { [aliceRecent]: "Alice, just now" },
    });
    expect(layer.review!.ownComments).toHaveLength(2);
  });

  it("shows another member only their own: Bob's helpful vote, not Alice's comments or her source", async () => {
    const layer = await getViewerLayer(bobSession, { kind: "review", id: reviewId });
    if (!layer.account) throw new Error("Bob should be signed in");
    expect(layer.review).toEqual({
      reviewId,
      isOwnReview: false,
      markedHelpful: true,
      ownComments: [bobsComment],
      upvotedComments: [],
      editableComments: { [bobsComment]: "Bob, just now" },
    });
    expect(JSON.stringify(layer)).not.toContain("Alice, just now");
  });

  it("follows the edit window setting, offers a held comment for editing as the edit action takes it, and never a hidden or deleted one", async () => {
    await setSetting("editWindowMinutes", 90);
    try {
      const layer = await getViewerLayer(aliceSession, { kind: "review", id: reviewId });
      expect(layer.account && Object.keys(layer.review!.editableComments).sort()).toEqual([aliceOld, aliceRecent].sort());
    } finally {
      await resetSetting("editWindowMinutes");
    }
    // Only its author sees a held comment, on their live page, and may still edit it (lib/actions/comments.ts).
    const held = await createTestComment({ reviewId, authorId: alice.id, body: "Held, just now", createdAt: minutesAgo(1) });
    await db.comment.update({ where: { id: held.id }, data: { state: "PENDING" } });
    const hidden = await createTestComment({ reviewId, authorId: alice.id, createdAt: minutesAgo(1) });
    await db.comment.update({ where: { id: hidden.id }, data: { state: "HIDDEN" } });
    const deleted = await createTestComment({ reviewId, authorId: alice.id, createdAt: minutesAgo(1) });
    await db.comment.update({ where: { id: deleted.id }, data: { state: "DELETED" } });
    const layer = await getViewerLayer(aliceSession, { kind: "review", id: reviewId });
    expect(layer.account && layer.review!.editableComments[held.id]).toBe("Held, just now");
    expect(layer.account && layer.review!.editableComments[hidden.id]).toBeUndefined();
    expect(layer.account && layer.review!.editableComments[deleted.id]).toBeUndefined();
  });

  it("gives a film page the member's review of the film, in any state but deleted", async () => {
    const film = await createTestFilm();
    const none = await getViewerLayer(bobSession, { kind: "film", slug: film.slug });
    expect(none.account && none.film).toEqual({ filmSlug: film.slug, ownReview: null });

    const review = await createTestReview({ authorId: bob.id, filmId: film.id });
    await db.review.update({ where: { id: review.id }, data: { state: "PENDING" } });
    const pending = await getViewerLayer(bobSession, { kind: "film", slug: film.slug });
    expect(pending.account && pending.film).toEqual({ filmSlug: film.slug, ownReview: { id: review.id, state: "PENDING" } });

    await db.review.update({ where: { id: review.id }, data: { state: "DELETED" } });
    const deleted = await getViewerLayer(bobSession, { kind: "film", slug: film.slug });
    expect(deleted.account && deleted.film).toEqual({ filmSlug: film.slug, ownReview: null });
    // Alice has no review of it.
    const alices = await getViewerLayer(aliceSession, { kind: "film", slug: film.slug });
    expect(alices.account && alices.film?.ownReview).toBeNull();
  });

  it("says when the member must confirm their address before posting", async () => {
    const unconfirmed = await createTestUser();
    const session = await signInSession(unconfirmed.id);
    expect((await getViewerLayer(session, { kind: "account" })).account?.mustVerifyEmail).toBe(false);
    await setSetting("requireVerifiedEmail", true);
    try {
      expect((await getViewerLayer(session, { kind: "account" })).account?.mustVerifyEmail).toBe(true);
      await db.user.update({ where: { id: unconfirmed.id }, data: { emailVerified: new Date() } });
      expect((await getViewerLayer(session, { kind: "account" })).account?.mustVerifyEmail).toBe(false);
    } finally {
      await resetSetting("requireVerifiedEmail");
    }
  });

  it("reports a suspension with its end and reason", async () => {
    const until = new Date(Date.now() + 86_400_000);
    const suspended = await createTestUser({ banned: true, bannedUntil: until });
    const layer = await getViewerLayer(await signInSession(suspended.id), { kind: "account" });
    expect(layer.account?.suspension).toEqual({ until: until.toISOString(), reason: "Testing bans" });
  });

  it("knows nobody for a deleted account, and reads nothing for malformed ids", async () => {
    const gone = await createTestUser();
    const goneSession = await signInSession(gone.id);
    await db.user.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });
    expect(await getViewerLayer(goneSession, { kind: "review", id: reviewId })).toEqual({ account: null });
    const layer = await getViewerLayer(aliceSession, { kind: "review", id: "'; DROP TABLE x; --" });
    expect(layer.account && layer.review).toBeUndefined();
  });
});

describe("GET /api/viewer", () => {
  const call = async (query: string, cookie?: string) => {
    const response = await GET(new NextRequest(`http://marquee.test/api/viewer${query}`, { headers: cookie ? { cookie } : {} }));
    return { response, body: (await response.json()) as ViewerLayer };
  };

  it("answers the caller's layer, never to be cached by anyone else", async () => {
    const member = await createTestUser();
    const review = await createTestReview({ authorId: member.id });
    actAs(member);
    const { response, body } = await call(`?review=${review.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(body.account?.handle).toBe(member.handle);
    expect(body.account && body.review?.isOwnReview).toBe(true);
  });

  it("tells a signed-out caller so, and clears the session cookie that no longer names anyone", async () => {
    actAs(null);
    const { response, body } = await call("?review=abc", "authjs.session-token=expired; theme=dark");
    expect(body).toEqual({ account: null });
    const cleared = response.headers.getSetCookie();
    expect(cleared).toHaveLength(1);
    expect(cleared[0]).toMatch(/^authjs\.session-token=;/);
    expect(cleared[0]).toMatch(/Max-Age=0/i);
  });
});

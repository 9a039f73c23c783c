// A person's two rights over their account: take everything they wrote with them (export),
// and leave (delete), without taking other people's replies down with them.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { deleteAccountAction } from "@/lib/actions/account";
import { signOut } from "@/lib/auth";
import { db } from "@/lib/db";
import { exportAccount } from "@/lib/users/export-account";
import { authorizeWithPassword } from "@/lib/users/password-sign-in";
import { actAs } from "../helpers/acting-as";
import { redirectOf } from "../helpers/action-redirect";
import { expectFieldError, expectRefused } from "../helpers/action-results";
import { requestFromAddress } from "../helpers/client-address";
import { createTestComment, createTestFilm, createTestReview, createTestUser, TEST_PASSWORD } from "../helpers/fixtures";

type User = Awaited<ReturnType<typeof createTestUser>>;

/** Someone with a review (edited once), a comment, a vote, notifications, a session and an OAuth link. */
async function createActiveMember(other: User) {
  const member = await createTestUser({ withPassword: true });
  const film = await createTestFilm();
  const review = await createTestReview({ authorId: member.id, filmId: film.id, rating: 7, body: `Member review ${member.id}` });
  await db.reviewRevision.create({ data: { reviewId: review.id, editorId: member.id, title: "First try", body: `Member first draft ${member.id}`, rating: 6, hasSpoilers: false } });
  const otherReview = await createTestReview({ authorId: other.id, filmId: film.id, body: `Other's review ${other.id}` });
  const comment = await createTestComment({ reviewId: otherReview.id, authorId: member.id, body: `Member comment ${member.id}` });
  const reply = await createTestComment({ reviewId: otherReview.id, authorId: other.id, parentId: comment.id, body: `Other's reply ${other.id}` });
  const otherComment = await createTestComment({ reviewId: review.id, authorId: other.id, body: `Other's comment ${other.id}` });
  await db.vote.create({ data: { userId: member.id, reviewId: otherReview.id } });
  await db.notification.create({ data: { userId: member.id, type: "COMMENT_REPLY", actorId: other.id, commentId: reply.id } });
  await db.notification.create({ data: { userId: other.id, type: "REVIEW_COMMENT", actorId: member.id, commentId: comment.id } });
  await db.session.create({ data: { userId: member.id, sessionToken: `session-${member.id}`, expires: new Date(Date.now() + 86_400_000) } });
  await db.account.create({ data: { userId: member.id, type: "oauth", provider: "github", providerAccountId: `gh-${member.id}` } });
  await db.accountToken.create({ data: { userId: member.id, purpose: "PASSWORD_RESET", tokenHash: `hash-${member.id}`, email: member.email!, expiresAt: new Date(Date.now() + 3_600_000) } });
  await db.mailMessage.create({ data: { userId: member.id, kind: "notification", to: member.email!, subject: "Waiting", text: "…", html: "…" } });
  return { member, review, comment, otherReview, reply, otherComment };
}

describe("exportAccount", () => {
  let other: User;
  let world: Awaited<ReturnType<typeof createActiveMember>>;

  beforeAll(async () => {
    other = await createTestUser();
    world = await createActiveMember(other);
  });

  it("contains the person's own reviews, with every earlier version, and their comments", async () => {
    const { account, format } = await exportAccount(world.member.id);
    expect(format).toBe("marquee-account-export/1");
    expect(account).toMatchObject({ id: world.member.id, email: world.member.email, handle: world.member.handle });

    expect(account.reviews).toHaveLength(1);
    expect(account.reviews[0]).toMatchObject({ id: world.review.id, body: world.review.body, rating: 7 });
    expect(account.reviews[0]!.revisions).toEqual([expect.objectContaining({ title: "First try", body: `Member first draft ${world.member.id}`, rating: 6 })]);

    expect(account.comments.map((comment) => comment.id)).toEqual([world.comment.id]);
    expect(account.comments[0]!.body).toBe(world.comment.body);
    expect(account.votes).toEqual([expect.objectContaining({ reviewId: world.otherReview.id })]);
  });

  it("contains nothing another person wrote, nor their email or password hash", async () => {
    const exported = JSON.stringify(await exportAccount(world.member.id));
    for (const foreign of [world.otherReview.body, world.reply.body, world.otherComment.body, other.email!, other.handle]) {
      expect(exported).not.toContain(foreign);
    }
    expect(exported).not.toContain("argon2");
    expect(exported).not.toContain("passwordHash");
    expect(exported).not.toContain(`session-${world.member.id}`);
  });
});

describe("deleteAccountAction", () => {
  it("refuses a wrong password and changes nothing", async () => {
    const other = await createTestUser();
    const { member } = await createActiveMember(other);
    const before = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    actAs(member);

    const { fieldErrors } = expectFieldError(await deleteAccountAction({ password: "surely this is it", confirm: "DELETE" }), "password");
    expect(fieldErrors?.password?.[0]).toMatch(/isn't your current password/);
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toEqual(before);
    expect(await db.session.count({ where: { userId: member.id, sessionToken: `session-${member.id}` } })).toBe(1);
  });

  it("refuses without the typed confirmation", async () => {
    const member = await createTestUser({ withPassword: true });
    const before = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    actAs(member);
    for (const confirm of ["delete", "", "DELETE "]) {
      expectFieldError(await deleteAccountAction({ password: TEST_PASSWORD, confirm: confirm as "DELETE" }), "confirm");
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toEqual(before);
  });

  it("lets an account without a password (GitHub or Google only) delete itself by typing its handle", async () => {
    const member = await createTestUser();
    actAs(member);
    expect(await redirectOf(deleteAccountAction({ handle: ` @${member.handle.toUpperCase()} `, confirm: "DELETE" }))).toBe("/?account=deleted");
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).deletedAt).not.toBeNull();
  });

  it("refuses an account without a password the wrong handle, or none", async () => {
    const member = await createTestUser();
    const other = await createTestUser();
    const before = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    actAs(member);
    expectFieldError(await deleteAccountAction({ handle: other.handle, confirm: "DELETE" }), "handle");
    expectFieldError(await deleteAccountAction({ confirm: "DELETE" }), "handle");
    expectFieldError(await deleteAccountAction({ password: "anything at all", confirm: "DELETE" }), "handle");
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toEqual(before);
  });

  it("won't take the handle in place of the password of an account that has one", async () => {
    const member = await createTestUser({ withPassword: true });
    const before = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    actAs(member);
    expectFieldError(await deleteAccountAction({ handle: member.handle, confirm: "DELETE" }), "password");
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toEqual(before);
  });

  it("refuses anonymous callers", async () => {
    const bystander = await createTestUser({ withPassword: true });
    actAs(null);
    expectRefused(await deleteAccountAction({ password: TEST_PASSWORD, confirm: "DELETE" }), /Sign in/);
    expect((await db.user.findUniqueOrThrow({ where: { id: bystander.id } })).deletedAt).toBeNull();
  });

  it("anonymises the account, keeps what it wrote and other people's replies, and signs it out", async () => {
    const other = await createTestUser();
    const { member, review, comment, reply, otherComment } = await createActiveMember(other);
    const replyBefore = await db.comment.findUniqueOrThrow({ where: { id: reply.id } });
    const otherCommentBefore = await db.comment.findUniqueOrThrow({ where: { id: otherComment.id } });
    const otherBefore = await db.user.findUniqueOrThrow({ where: { id: other.id } });
    actAs(member);

    expect(await redirectOf(deleteAccountAction({ password: TEST_PASSWORD, confirm: "DELETE" }))).toBe("/?account=deleted");
    expect(signOut).toHaveBeenCalled();

    const gone = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(gone).toMatchObject({ email: null, name: null, passwordHash: null, bio: null, image: null, emailVerified: null });
    expect(gone.handle).toMatch(/^deleted-/);
    expect(gone.deletedAt).toBeInstanceOf(Date);

    // What they wrote stays, credited to the anonymised account.
    expect(await db.review.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({ authorId: member.id, body: review.body, state: "PUBLISHED" });
    expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({ authorId: member.id, body: comment.body, state: "PUBLISHED" });
    // Other people's words, including the reply to their comment, are untouched.
    expect(await db.comment.findUniqueOrThrow({ where: { id: reply.id } })).toEqual(replyBefore);
    expect(await db.comment.findUniqueOrThrow({ where: { id: otherComment.id } })).toEqual(otherCommentBefore);
    expect(await db.user.findUniqueOrThrow({ where: { id: other.id } })).toEqual(otherBefore);
    expect(await db.notification.count({ where: { userId: other.id } })).toBe(1);

    // Everything that identified or signed them in is gone.
    expect(await db.session.count({ where: { userId: member.id } })).toBe(0);
    expect(await db.account.count({ where: { userId: member.id } })).toBe(0);
    expect(await db.notification.count({ where: { userId: member.id } })).toBe(0);
    // No link to their account works, and no mail waits for (or remembers) their address.
    expect(await db.accountToken.count({ where: { userId: member.id } })).toBe(0);
    expect(await db.mailMessage.count({ where: { userId: member.id } })).toBe(0);
  });

  it("leaves no way to sign in with the old email and password", async () => {
    const member = await createTestUser({ withPassword: true });
    actAs(member);
    await redirectOf(deleteAccountAction({ password: TEST_PASSWORD, confirm: "DELETE" }));

    const request = requestFromAddress("192.0.2.77");
    expect(await authorizeWithPassword({ email: member.email!, password: TEST_PASSWORD }, request)).toBeNull();
    // A session cookie that outlived the deletion no longer counts either.
    expectRefused(await deleteAccountAction({ password: TEST_PASSWORD, confirm: "DELETE" }), /Sign in/);
  });

  it("lets a banned member delete their account", async () => {
    const banned = await createTestUser({ withPassword: true, banned: true });
    actAs(banned);
    await redirectOf(deleteAccountAction({ password: TEST_PASSWORD, confirm: "DELETE" }));
    expect((await db.user.findUniqueOrThrow({ where: { id: banned.id } })).deletedAt).toBeInstanceOf(Date);
  });
});

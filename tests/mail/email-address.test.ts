// Verified addresses and address changes, against a real SMTP server.
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { signUpAction } from "@/lib/actions/auth";
import { changeEmailAction, resendVerificationAction } from "@/lib/actions/email";
import { createReviewAction } from "@/lib/actions/reviews";
import { db } from "@/lib/db";
import { confirmEmailLink } from "@/lib/users/email-address";
import { recordProviderVerifiedEmail } from "@/lib/users/oauth-email";
import { expectFieldError, expectOk, expectRefused } from "../helpers/action-results";
import { redirectOf } from "../helpers/action-redirect";
import { actAs, fromAddress } from "../helpers/acting-as";
import { postCommentAs } from "../helpers/comment-posting";
import { createTestFilm, createTestReview, createTestUser, TEST_PASSWORD } from "../helpers/fixtures";
import { linkIn, sendOutbox, smtpServerForThisFile } from "../helpers/mail-pipeline";
import { resetSetting, setSetting } from "../helpers/site-settings";

const smtp = smtpServerForThisFile();

beforeEach(async () => {
  await sendOutbox();
  smtp.current.messages.length = 0;
  actAs(null);
});

async function nextMail() {
  await sendOutbox();
  const messages = await smtp.current.waitFor(1);
  return messages.at(-1)!;
}

const tokenIn = async () => linkIn(await nextMail(), "/verify-email").searchParams.get("token")!;

describe("verified addresses", () => {
  it("sign-up mails a link that confirms the address", async () => {
    fromAddress("198.51.100.77");
    const email = `newcomer${Date.now()}@example.com`;
    await redirectOf(signUpAction({ email, handle: `newcomer${Date.now()}`, name: "New Comer", password: "a long enough passphrase" }));
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.emailVerified).toBeNull();

    const mail = await nextMail();
    expect(mail.to).toEqual([email]);
    expect(mail.parsed.subject).toBe("Confirm your email address for Marquee");
    const token = linkIn(mail, "/verify-email").searchParams.get("token")!;
    expect(await confirmEmailLink(token)).toEqual({ ok: true, kind: "verified", email });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerified).not.toBeNull();
    expect(await confirmEmailLink(token)).toEqual({ ok: false, problem: "used" });
    expect(await confirmEmailLink("garbled")).toEqual({ ok: false, problem: "invalid" });
  });

  it("a member can ask for a new link, a few times an hour; a confirmed address needs none", async () => {
    const user = await createTestUser();
    actAs(user);
    for (let i = 0; i < 5; i++) expectOk(await resendVerificationAction({}));
    expectRefused(await resendVerificationAction({}), "Too many confirmation emails");
    await sendOutbox();
    expect(smtp.current.messages).toHaveLength(5);
    // Each new link replaces the one before: exactly one of the five works.
    const tokens = smtp.current.messages.map((mail) => linkIn(mail, "/verify-email").searchParams.get("token")!);
    const outcomes = [];
    for (const token of tokens) outcomes.push((await confirmEmailLink(token)).ok);
    expect(outcomes.filter(Boolean)).toHaveLength(1);

    const verified = await createTestUser();
    await db.user.update({ where: { id: verified.id }, data: { emailVerified: new Date() } });
    actAs(verified);
    expectRefused(await resendVerificationAction({}), "already confirmed");
    actAs(null);
    expectRefused(await resendVerificationAction({}), "Sign in");
  });

  it("Google accounts count as verified when Google says the address is, others don't", async () => {
    const google = await createTestUser();
    await recordProviderVerifiedEmail(google.id, "google", { email: google.email, email_verified: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: google.id } })).emailVerified).not.toBeNull();
    const unverified = await createTestUser();
    await recordProviderVerifiedEmail(unverified.id, "google", { email: unverified.email, email_verified: false });
    await recordProviderVerifiedEmail(unverified.id, "github", { email: unverified.email, email_verified: true });
    await recordProviderVerifiedEmail(unverified.id, "google", { email: "someone-else@example.com", email_verified: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: unverified.id } })).emailVerified).toBeNull();
  });
});

describe("changing the address", () => {
  it("needs the password, takes effect only when the new address confirms, and tells the old one", async () => {
    const user = await createTestUser({ withPassword: true });
    const oldEmail = user.email!;
    const newEmail = `moved${Date.now()}@example.org`;
    actAs(user);
    expectFieldError(await changeEmailAction({ email: newEmail, password: "not my password at all" }), "password");
    expectRefused(await changeEmailAction({ email: newEmail }), "Enter your password");
    await sendOutbox();
    expect(smtp.current.messages).toHaveLength(0);

    expectOk(await changeEmailAction({ email: newEmail, password: TEST_PASSWORD }));
    const confirmation = await nextMail();
    expect(confirmation.to).toEqual([newEmail]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(oldEmail);

    const token = linkIn(confirmation, "/verify-email").searchParams.get("token")!;
    expect(await confirmEmailLink(token)).toEqual({ ok: true, kind: "changed", email: newEmail });
    const moved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(moved.email).toBe(newEmail);
    expect(moved.emailVerified).not.toBeNull();

    const notice = await nextMail();
    expect(notice.to).toEqual([oldEmail]);
    expect(notice.parsed.subject).toBe("Your Marquee email address was changed");
    expect(notice.parsed.text).toContain(newEmail);
  });

  it("refuses an address another account uses, or the same one", async () => {
    const user = await createTestUser({ withPassword: true });
    const other = await createTestUser();
    actAs(user);
    expectFieldError(await changeEmailAction({ email: other.email!, password: TEST_PASSWORD }), "email");
    expectFieldError(await changeEmailAction({ email: user.email!, password: TEST_PASSWORD }), "email");
    expectFieldError(await changeEmailAction({ email: "nope", password: TEST_PASSWORD }), "email");
  });

  it("an address taken between the request and the click leaves the account as it was", async () => {
    const user = await createTestUser({ withPassword: true });
    const wanted = `contested${Date.now()}@example.org`;
    actAs(user);
    expectOk(await changeEmailAction({ email: wanted, password: TEST_PASSWORD }));
    const token = await tokenIn();
    await createTestUser({ email: wanted });
    expect(await confirmEmailLink(token)).toEqual({ ok: false, problem: "taken" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });
});

describe("“Require a verified email to post”", () => {
  it("is off by default; when on, only confirmed members can comment and review", async () => {
    await setSetting("holdFirstTimePosters", false);
    const author = await createTestUser();
    const review = await createTestReview({ authorId: author.id });
    const unconfirmed = await createTestUser();
    const confirmed = await createTestUser();
    await db.user.update({ where: { id: confirmed.id }, data: { emailVerified: new Date() } });

    expectOk(await postCommentAs(unconfirmed, { reviewId: review.id }));

    await setSetting("requireVerifiedEmail", true);
    try {
      expectRefused(await postCommentAs(unconfirmed, { reviewId: review.id }), "Confirm your email address to post");
      actAs(unconfirmed);
      const film = await createTestFilm();
      expectRefused(await createReviewAction({ filmId: film.id, rating: 8, body: "Lovely.", title: "", hasSpoilers: false }), "Confirm your email address");
      expect(await db.review.count({ where: { authorId: unconfirmed.id } })).toBe(0);
      expectOk(await postCommentAs(confirmed, { reviewId: review.id }));
    } finally {
      await resetSetting("requireVerifiedEmail");
    }
  });
});

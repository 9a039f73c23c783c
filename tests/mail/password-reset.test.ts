// Forgot password → mail → link → new password, against a real SMTP server.
import { beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());
vi.mock("next/server", async (importOriginal) => (await import("../helpers/mail-pipeline")).fakeNextServerModule(importOriginal));

import { createResetLinkAction } from "@/lib/actions/moderation/mail";
import { requestPasswordResetAction, resetPasswordAction } from "@/lib/actions/password-reset";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/passwords";
import { authorizeWithPassword } from "@/lib/users/password-sign-in";
import { signedInMember, type SessionClaim } from "@/lib/users/sessions";
import { expectFieldError, expectOk, expectRefused } from "../helpers/action-results";
import { redirectOf } from "../helpers/action-redirect";
import { actAs, fromAddress } from "../helpers/acting-as";
import { createTestUser, TEST_PASSWORD } from "../helpers/fixtures";
import { flushDeferred, linkIn, sendOutbox, smtpServerForThisFile } from "../helpers/mail-pipeline";
import { signInSession } from "../helpers/sessions";

const smtp = smtpServerForThisFile();
const NEW_PASSWORD = "a quiet evening with Samantha";

let ipCounter = 1;
beforeEach(async () => {
  await sendOutbox();
  smtp.current.messages.length = 0;
  actAs(null);
  fromAddress(`198.51.100.${ipCounter++}`);
});

async function requestReset(email: string) {
  const result = await requestPasswordResetAction({ email });
  await flushDeferred();
  await sendOutbox();
  return result;
}

async function resetLinkFor(email: string): Promise<string> {
  expectOk(await requestReset(email));
  const [mail] = await smtp.current.waitFor(1);
  return linkIn(mail!, "/reset-password").searchParams.get("token")!;
}

const signIn = (email: string, password: string) => authorizeWithPassword({ email, password }, new Request("http://localhost", { headers: { "x-forwarded-for": "192.0.2.200" } }));

describe("password reset", () => {
  it("mails a single-use link that sets a new password, once", async () => {
    const user = await createTestUser({ withPassword: true });
    const token = await resetLinkFor(user.email!);
    const [mail] = smtp.current.messages;
    expect(mail!.to).toEqual([user.email]);
    expect(mail!.parsed.subject).toBe("Reset your Marquee password");
    expect(mail!.parsed.html).toContain("https://marquee.test/reset-password?token=");

    expect(await redirectOf(resetPasswordAction({ token, password: NEW_PASSWORD }))).toBe("/sign-in?reset=done");
    expect(await signIn(user.email!, NEW_PASSWORD)).toMatchObject({ id: user.id });
    expect(await signIn(user.email!, TEST_PASSWORD)).toBeNull();

    // The same link again: refused, the password stays.
    expectRefused(await resetPasswordAction({ token, password: "another fine sentence here" }), "already used");
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, NEW_PASSWORD)).toBe(true);
    // The address is proven, and the member is told their password changed.
    expect(stored.emailVerified).not.toBeNull();
    await sendOutbox();
    const notice = await smtp.current.waitFor(2);
    expect(notice[1]!.parsed.subject).toBe("Your Marquee password was changed");
  });

  it("signs out every browser that was signed in to the account", async () => {
    const user = await createTestUser({ withPassword: true });
    const other = await createTestUser({ withPassword: true });
    const phone = await signInSession(user.id);
    const laptop = await signInSession(user.id);
    const someoneElse = await signInSession(other.id);
    const holds = async (claim: SessionClaim) => (await db.$queryRaw<unknown[]>`${signedInMember(claim)}`).length === 1;
    expect(await holds(phone)).toBe(true);

    const token = await resetLinkFor(user.email!);
    expect(await redirectOf(resetPasswordAction({ token, password: NEW_PASSWORD }))).toBe("/sign-in?reset=done");

    // A copy of either old cookie names a sign-in that no longer holds; other accounts are untouched.
    expect(await holds(phone)).toBe(false);
    expect(await holds(laptop)).toBe(false);
    expect(await holds(someoneElse)).toBe(true);
  });

  it("stores only a hash of the token", async () => {
    const user = await createTestUser({ withPassword: true });
    const token = await resetLinkFor(user.email!);
    const rows = await db.accountToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("answers an unknown address exactly as a known one, and mails nobody", async () => {
    const known = await createTestUser({ withPassword: true });
    const forKnown = await requestReset(known.email!);
    const forUnknown = await requestReset("nobody-here@example.com");
    expect(forUnknown).toEqual({ ok: true, data: { email: "nobody-here@example.com" } });
    expect(forKnown).toEqual({ ok: true, data: { email: known.email } });
    expect(smtp.current.messages.map((m) => m.to)).toEqual([[known.email]]);
  });

  it("refuses a wrong, garbled or expired token, and a newer link replaces an older one", async () => {
    const user = await createTestUser({ withPassword: true });
    expectRefused(await resetPasswordAction({ token: "x".repeat(43), password: NEW_PASSWORD }), "isn't valid");
    expectRefused(await resetPasswordAction({ token: "not a token", password: NEW_PASSWORD }), "isn't valid");

    const older = await resetLinkFor(user.email!);
    smtp.current.messages.length = 0;
    const newer = await resetLinkFor(user.email!);
    expectRefused(await resetPasswordAction({ token: older, password: NEW_PASSWORD }), "isn't valid");

    await db.accountToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expectRefused(await resetPasswordAction({ token: newer, password: NEW_PASSWORD }), "expired");
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, TEST_PASSWORD)).toBe(true);
  });

  it("holds the new password to sign-up's rules", async () => {
    const user = await createTestUser({ withPassword: true });
    const token = await resetLinkFor(user.email!);
    expectFieldError(await resetPasswordAction({ token, password: "short" }), "password");
    expectFieldError(await resetPasswordAction({ token, password: `${user.handle}-is-me-really` }), "password");
    // The link survives a refused password.
    expect(await redirectOf(resetPasswordAction({ token, password: NEW_PASSWORD }))).toBe("/sign-in?reset=done");
  });

  it("is rate-limited per address and per network, with the same answer for any address", async () => {
    const user = await createTestUser({ withPassword: true });
    for (let i = 0; i < 3; i++) {
      fromAddress(`203.0.113.${100 + i}`);
      expectOk(await requestReset(user.email!));
    }
    fromAddress("203.0.113.150");
    expectRefused(await requestReset(user.email!), "reset requests for this address");
    expect(smtp.current.messages).toHaveLength(3);

    fromAddress("203.0.113.200");
    for (let i = 0; i < 10; i++) expectOk(await requestReset(`someone${i}@example.com`));
    expectRefused(await requestReset("someone-else@example.com"), "from your network");
  });

  it("refuses malformed input cleanly", async () => {
    expectFieldError(await requestPasswordResetAction({ email: "not an address" }), "email");
    expectFieldError(await requestPasswordResetAction({ email: `${"a".repeat(300)}@example.com` }), "email");
    expectRefused(await resetPasswordAction({ token: "t".repeat(5000), password: NEW_PASSWORD }));
  });
});

describe("an admin's one-time reset link", () => {
  it("works once, is audit-logged, and only admins can make one", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const moderator = await createTestUser({ role: "MODERATOR" });
    const member = await createTestUser({ withPassword: true });

    actAs(member);
    expectRefused(await createResetLinkAction({ userId: member.id }));
    actAs(moderator);
    expectRefused(await createResetLinkAction({ userId: member.id }), "permission");
    actAs(null);
    expectRefused(await createResetLinkAction({ userId: member.id }), "Sign in");

    actAs(admin);
    const { url } = expectOk(await createResetLinkAction({ userId: member.id }));
    expect(url).toMatch(/^https:\/\/marquee\.test\/reset-password\?token=[A-Za-z0-9_-]{43}$/);
    const audit = await db.moderationAction.findFirstOrThrow({ where: { action: "user.reset-link", targetId: member.id } });
    expect(audit.actorId).toBe(admin.id);
    expect(JSON.stringify(audit)).not.toContain(new URL(url).searchParams.get("token"));
    expect(smtp.current.messages).toHaveLength(0);

    actAs(null);
    const token = new URL(url).searchParams.get("token")!;
    expect(await redirectOf(resetPasswordAction({ token, password: NEW_PASSWORD }))).toBe("/sign-in?reset=done");
    expectRefused(await resetPasswordAction({ token, password: NEW_PASSWORD }), "already used");
  });
});

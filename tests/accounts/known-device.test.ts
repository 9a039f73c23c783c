// Anyone who knows an email address can lock its account with eight wrong guesses. The lock
// stays for browsers the account hasn't signed in on, but a browser holding the signed device
// cookie its owner got from an earlier sign-in keeps an allowance of its own (OWASP's device
// cookies), so strangers can't lock the owner out.
import { describe, expect, it, vi } from "vitest";

// Device cookies are signed with a key derived from the session secret.
vi.hoisted(() => {
  process.env.AUTH_SECRET = "known-device-test-secret-0123456789abcdef";
});
vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { changePasswordAction } from "@/lib/actions/account";
import { RATE_RULES } from "@/lib/rate-limit";
import { authorizeWithPassword, signInRefusal, SignInRateLimited } from "@/lib/users/password-sign-in";
import { DEVICE_COOKIE } from "@/lib/users/trusted-device";
import { actAs, clearResponseCookies, responseCookie } from "../helpers/acting-as";
import { expectOk } from "../helpers/action-results";
import { requestFromAddress } from "../helpers/client-address";
import { createTestUser, TEST_PASSWORD } from "../helpers/fixtures";

type User = Awaited<ReturnType<typeof createTestUser>>;
const LIMIT = RATE_RULES.signInPerAccount.limit;

let addresses = 0;
/** A sign-in attempt from an address of its own, carrying the device cookie `device` if given. */
function attempt(user: User, password: string, device?: string) {
  const cookie: Record<string, string> = device ? { cookie: `theme=dark; ${DEVICE_COOKIE}=${device}` } : {};
  return authorizeWithPassword({ email: user.email!, password }, requestFromAddress(`198.51.100.${++addresses % 250}`, cookie));
}

/** Signs in with the right password (from `device`, if given) and returns the device cookie the browser now holds. */
async function signInAndKeepDevice(user: User, device?: string): Promise<string> {
  clearResponseCookies();
  expect(await attempt(user, TEST_PASSWORD, device)).toMatchObject({ id: user.id });
  const set = responseCookie(DEVICE_COOKIE);
  if (!set) throw new Error("a right password set no device cookie");
  return set.value;
}

async function lockOutStrangers(user: User) {
  for (let guess = 0; guess < LIMIT; guess++) expect(await attempt(user, `stranger's guess ${guess}`)).toBeNull();
}

async function refusal(pending: Promise<unknown>) {
  const error = await pending.then(
    () => expect.fail("expected the attempt to be refused"),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SignInRateLimited);
  return error as SignInRateLimited;
}

describe("sign-in from a browser the account has signed in on before", () => {
  it("gets its owner in with the right password while strangers have the account locked", async () => {
    const owner = await createTestUser({ withPassword: true });
    const laptop = await signInAndKeepDevice(owner);

    await lockOutStrangers(owner);
    expect((await refusal(attempt(owner, TEST_PASSWORD))).limit).toBe("account");

    expect(await attempt(owner, TEST_PASSWORD, laptop)).toMatchObject({ id: owner.id });
    // The owner's sign-in doesn't lift the lock for everyone else.
    expect((await refusal(attempt(owner, TEST_PASSWORD))).limit).toBe("account");
  });

  it("counts that browser's wrong passwords against that browser, not the account", async () => {
    const owner = await createTestUser({ withPassword: true });
    const laptop = await signInAndKeepDevice(owner);
    for (let typo = 0; typo < LIMIT; typo++) expect(await attempt(owner, `typo ${typo}`, laptop)).toBeNull();

    const refused = await refusal(attempt(owner, TEST_PASSWORD, laptop));
    expect(refused.limit).toBe("device");
    expect(signInRefusal(refused)).toMatch(/^Too many wrong passwords from this browser\. Try again in (15|14) minutes\.$/);
    // The account itself isn't locked: a new browser still gets in.
    expect(await attempt(owner, TEST_PASSWORD)).toMatchObject({ id: owner.id });
  });

  it("gives nothing to a forged cookie, one signed with another secret, or one for another account", async () => {
    const owner = await createTestUser({ withPassword: true });
    const neighbour = await createTestUser({ withPassword: true });
    const laptop = await signInAndKeepDevice(owner);
    const neighbours = await signInAndKeepDevice(neighbour);
    const previousSecret = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = "another deployment's secret 0123456789abcdef";
    const otherDeployment = await signInAndKeepDevice(owner).finally(() => (process.env.AUTH_SECRET = previousSecret));
    const [userId, nonce] = laptop.split(".");
    const forged = `${userId}.${nonce}.${"A".repeat(22)}`;
    await lockOutStrangers(owner);

    for (const cookie of [forged, otherDeployment, neighbours, `${laptop.replace(owner.id, neighbour.id)}`, "garbage~.."]) {
      expect((await refusal(attempt(owner, TEST_PASSWORD, cookie))).limit).toBe("account");
    }
  });

  it("remembers several accounts in one browser, renewing the entry on each sign-in", async () => {
    const [first, second] = [await createTestUser({ withPassword: true }), await createTestUser({ withPassword: true })];
    const afterFirst = await signInAndKeepDevice(first);
    const shared = await signInAndKeepDevice(second, afterFirst);
    expect(shared.split("~")).toHaveLength(2);
    const renewed = await signInAndKeepDevice(first, shared);
    expect(renewed.split("~")).toHaveLength(2);
    expect(renewed).not.toContain(afterFirst);

    await lockOutStrangers(first);
    await lockOutStrangers(second);
    expect(await attempt(first, TEST_PASSWORD, renewed)).toMatchObject({ id: first.id });
    expect(await attempt(second, TEST_PASSWORD, renewed)).toMatchObject({ id: second.id });
  });

  it("is a cookie scripts can't read, sent with the site's own requests only, kept for a year", async () => {
    const owner = await createTestUser({ withPassword: true });
    await signInAndKeepDevice(owner);
    expect(responseCookie(DEVICE_COOKIE)?.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", maxAge: 365 * 24 * 60 * 60 });
  });
});

describe("what the sign-in form says", () => {
  it("explains a locked account, and that a browser used before still gets in", () => {
    const message = signInRefusal(new SignInRateLimited("account", 12 * 60));
    expect(message).toContain("Too many wrong passwords have been tried for this email address");
    expect(message).toContain("try again in 12 minutes");
    expect(message).toContain("On a browser or device you've signed in with before, the right password works now.");
    expect(signInRefusal(new SignInRateLimited("address", 90))).toBe("Too many sign-in attempts from your network. Try again in 2 minutes.");
  });
});

describe("the settings forms' password check", () => {
  it("isn't locked by strangers' wrong sign-ins", async () => {
    const owner = await createTestUser({ withPassword: true });
    await lockOutStrangers(owner);
    actAs(owner);
    expectOk(await changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: "a calmer passphrase entirely" }));
  });
});

// Password sign-in (what Auth.js's credentials provider calls): right and wrong passwords,
// the timing of unknown emails, and the per-account and per-address limits that stop guessing.
import { describe, expect, it, vi } from "vitest";

// A right password sets a device cookie on the response (lib/users/trusted-device.ts).
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());

import { db } from "@/lib/db";
import { RATE_RULES } from "@/lib/rate-limit";
import { authorizeWithPassword, SignInRateLimited } from "@/lib/users/password-sign-in";
import { requestFromAddress } from "../helpers/client-address";
import { createTestUser, TEST_PASSWORD } from "../helpers/fixtures";

let addressCounter = 0;
/** A request from its own address, so one test's attempts don't count against another's. */
function requestFrom(ip = `192.0.2.${++addressCounter}`): Request {
  return requestFromAddress(ip);
}

function signIn(email: string, password: string, request = requestFrom()) {
  return authorizeWithPassword({ email, password }, request);
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const accountKey = (email: string) => `${RATE_RULES.signInPerAccount.name}:${email}`;

describe("authorizeWithPassword", () => {
  it("signs in with the right password, returning who the user is", async () => {
    const user = await createTestUser({ withPassword: true, role: "MODERATOR" });
    const signedIn = await signIn(user.email!, TEST_PASSWORD);
    expect(signedIn).toMatchObject({ id: user.id, role: "MODERATOR", handle: user.handle, email: user.email });
    expect(signedIn).not.toHaveProperty("passwordHash");
  });

  it("finds the account whatever case the email is typed in", async () => {
    const user = await createTestUser({ withPassword: true });
    expect(await signIn(`  ${user.email!.toUpperCase()} `, TEST_PASSWORD)).toMatchObject({ id: user.id });
  });

  it("refuses a wrong password, an unknown email and an account with no password", async () => {
    const user = await createTestUser({ withPassword: true });
    expect(await signIn(user.email!, "correct horse battery stapler")).toBeNull();
    expect(await signIn(user.email!, TEST_PASSWORD.toUpperCase())).toBeNull();
    expect(await signIn("nobody-here@example.com", TEST_PASSWORD)).toBeNull();
    const oauthOnly = await createTestUser();
    expect(await signIn(oauthOnly.email!, "")).toBeNull();
    expect(await signIn(oauthOnly.email!, TEST_PASSWORD)).toBeNull();
  });

  it("refuses a password over 256 bytes without hashing it", async () => {
    const user = await createTestUser({ withPassword: true });
    expect(await signIn(user.email!, "€".repeat(100))).toBeNull();
  });

  it("spends about as long on an unknown email as on a wrong password, so timing reveals no accounts", async () => {
    const user = await createTestUser({ withPassword: true });
    // Warm up: the dummy hash for unknown emails is computed once, on first use.
    await signIn("warm-up@example.com", TEST_PASSWORD);
    await signIn(user.email!, "warm up the verifier");

    const wrongPassword: number[] = [];
    const unknownEmail: number[] = [];
    for (let run = 0; run < 3; run++) {
      wrongPassword.push(await timed(() => signIn(user.email!, `not the password ${run}`)));
      unknownEmail.push(await timed(() => signIn(`ghost${run}@example.com`, `not the password ${run}`)));
    }
    expect(median(unknownEmail)).toBeGreaterThanOrEqual(0.4 * median(wrongPassword));
  });

  it("locks an account after 8 failures, from any address, without touching other accounts", async () => {
    const victim = await createTestUser({ withPassword: true });
    const bystander = await createTestUser({ withPassword: true });
    for (let attempt = 0; attempt < 8; attempt++) {
      expect(await signIn(victim.email!, `guess number ${attempt}`)).toBeNull();
    }

    // Even the right password, even from somewhere else, is now refused...
    await expect(signIn(victim.email!, TEST_PASSWORD)).rejects.toBeInstanceOf(SignInRateLimited);
    await expect(signIn(victim.email!, TEST_PASSWORD)).rejects.toMatchObject({ code: "rate_limited" });
    // ...in any spelling of the email...
    await expect(signIn(victim.email!.toUpperCase(), TEST_PASSWORD)).rejects.toBeInstanceOf(SignInRateLimited);
    // ...while another account signs in as usual.
    expect(await signIn(bystander.email!, TEST_PASSWORD)).toMatchObject({ id: bystander.id });
  });

  it("lets the owner back in once the window has passed, and a success clears the failure count", async () => {
    const user = await createTestUser({ withPassword: true });
    for (let attempt = 0; attempt < 8; attempt++) await signIn(user.email!, `guess number ${attempt}`);
    await expect(signIn(user.email!, TEST_PASSWORD)).rejects.toBeInstanceOf(SignInRateLimited);

    await db.rateLimit.update({ where: { key: accountKey(user.email!) }, data: { windowEndsAt: new Date(Date.now() - 1000) } });
    expect(await signIn(user.email!, TEST_PASSWORD)).toMatchObject({ id: user.id });
    expect(await db.rateLimit.findUnique({ where: { key: accountKey(user.email!) } })).toBeNull();

    // A fresh allowance: seven more typos still leave room for the right password.
    for (let attempt = 0; attempt < 7; attempt++) expect(await signIn(user.email!, `typo ${attempt}`)).toBeNull();
    expect(await signIn(user.email!, TEST_PASSWORD)).toMatchObject({ id: user.id });
  });

  it("refuses a 31st attempt in the window from one address, whichever accounts it tries", async () => {
    const user = await createTestUser({ withPassword: true });
    const stuffer = "192.0.2.200";
    for (let attempt = 0; attempt < 30; attempt++) {
      expect(await signIn(`stuffed${attempt}@example.com`, "leaked password 1", requestFrom(stuffer))).toBeNull();
    }
    await expect(signIn(user.email!, TEST_PASSWORD, requestFrom(stuffer))).rejects.toBeInstanceOf(SignInRateLimited);
    // The account itself is not locked: its owner, elsewhere, signs in.
    expect(await signIn(user.email!, TEST_PASSWORD)).toMatchObject({ id: user.id });
  });

  it("refuses a deleted account, even with its old password", async () => {
    const user = await createTestUser({ withPassword: true });
    await db.user.update({ where: { id: user.id }, data: { deletedAt: new Date() } });
    expect(await signIn(user.email!, TEST_PASSWORD)).toBeNull();
  });
});

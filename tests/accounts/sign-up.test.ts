// signUpAction as a visitor runs it: real validation, real database, real Argon2id; only
// Auth.js's signIn (which would set a cookie) and Next's request APIs are faked.
import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { signUpAction } from "@/lib/actions/auth";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/passwords";
import type { SignUpInput } from "@/lib/validations/account";
import { actAs, fromAddress } from "../helpers/acting-as";
import { redirectOf } from "../helpers/action-redirect";
import { expectFieldError, expectRefused } from "../helpers/action-results";

let serial = 0;
/** A valid sign-up with unique email and handle; each test overrides what it is about. */
function newVisitor(overrides: Partial<SignUpInput> = {}): SignUpInput {
  serial += 1;
  const tag = `${Date.now().toString(36)}${serial}`;
  return { email: `visitor${tag}@example.com`, handle: `visitor${tag}`, name: `Visitor ${serial}`, password: "a quiet night at the pictures", ...overrides };
}

/** Each test signs up from its own address, so the per-address limit only bites where meant to. */
let addressCounter = 0;
function freshAddress(): string {
  addressCounter += 1;
  const address = `198.51.100.${addressCounter}`;
  fromAddress(address);
  return address;
}

describe("signUpAction", () => {
  it("creates the account with an Argon2id hash and a normalised email, then redirects", async () => {
    actAs(null);
    freshAddress();
    const input = newVisitor({ email: "  Ｎew.Member@Example.COM ", handle: "NewMember", name: "  New   Member " });

    const to = await redirectOf(signUpAction(input));
    expect(to).toBe("/");

    const user = await db.user.findUniqueOrThrow({ where: { email: "new.member@example.com" } });
    expect(user.handle).toBe("newmember");
    expect(user.name).toBe("New Member");
    expect(user.role).toBe("USER");
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user.passwordHash).not.toContain(input.password);
    expect(await verifyPassword(user.passwordHash, input.password)).toBe(true);
    expect(await verifyPassword(user.passwordHash, "a quiet night at the movies")).toBe(false);
  });

  it("sends the new member to a same-site callback, and never off-site", async () => {
    actAs(null);
    freshAddress();
    expect(await redirectOf(signUpAction(newVisitor({ callbackUrl: "/films/her?sort=highest" })))).toBe("/films/her?sort=highest");
    expect(await redirectOf(signUpAction(newVisitor({ callbackUrl: "https://evil.example/" })))).toBe("/");
    expect(await redirectOf(signUpAction(newVisitor({ callbackUrl: "/..//evil.example" })))).toBe("/");
  });

  it("refuses an email that is taken, even spelled in other case or with fullwidth letters", async () => {
    actAs(null);
    freshAddress();
    await redirectOf(signUpAction(newVisitor({ email: "taken@example.com" })));
    const before = await db.user.count();

    for (const email of ["taken@example.com", "TAKEN@Example.com", "ｔａｋｅｎ@example.com"]) {
      freshAddress();
      const { fieldErrors } = expectFieldError(await signUpAction(newVisitor({ email })), "email");
      expect(fieldErrors?.email?.[0], email).toMatch(/already exists/);
    }
    expect(await db.user.count()).toBe(before);
  });

  it("refuses an address whose part before the @ is over 64 characters (RFC 5321), on the email field", async () => {
    actAs(null);
    freshAddress();
    const email = `${"a".repeat(65)}@example.com`;
    const { fieldErrors } = expectFieldError(await signUpAction(newVisitor({ email })), "email");
    expect(fieldErrors?.email?.[0]).toMatch(/before the @ can be at most 64/);
    expect(await db.user.count({ where: { email } })).toBe(0);
    freshAddress();
    await redirectOf(signUpAction(newVisitor({ email: `${"b".repeat(64)}@example.com` })));
  });

  it("refuses a handle that looks like one already taken", async () => {
    actAs(null);
    freshAddress();
    await redirectOf(signUpAction(newVisitor({ handle: "morgan" })));
    const before = await db.user.count();

    for (const handle of ["morgan", "Morgan", "rnorgan", "m0rgan", "mor-gan"]) {
      freshAddress();
      const { fieldErrors } = expectFieldError(await signUpAction(newVisitor({ handle })), "handle");
      expect(fieldErrors?.handle?.[0], handle).toMatch(/taken|looks too much like/);
    }
    expect(await db.user.count()).toBe(before);
    expect(await db.user.count({ where: { handleSkeleton: "morgan" } })).toBe(1);
  });

  it("refuses a weak password and stores nothing", async () => {
    actAs(null);
    freshAddress();
    const before = await db.user.count();
    for (const password of ["short", "password123", "aaaaaaaaaaaa", "€".repeat(100)]) {
      const input = newVisitor({ password });
      expectFieldError(await signUpAction(input), "password");
      expect(await db.user.findUnique({ where: { email: input.email } })).toBeNull();
    }
    const own = newVisitor({ email: "filmbuff1987@example.com", password: "Filmbuff1987 forever" });
    expect(expectFieldError(await signUpAction(own), "password").fieldErrors?.password?.[0]).toMatch(/email or handle/);
    expect(await db.user.count()).toBe(before);
  });

  it("refuses bad handles, bad emails and invisible characters in names", async () => {
    actAs(null);
    freshAddress();
    const before = await db.user.count();
    for (const handle of ["ab", "has space", "admin", "adm1n", "-dash", "ünïcode"]) {
      expectFieldError(await signUpAction(newVisitor({ handle })), "handle");
    }
    for (const email of ["not-an-email", "a@example.com,b@example.com", "mai＠example.com"]) {
      expectFieldError(await signUpAction(newVisitor({ email })), "email");
    }
    expectFieldError(await signUpAction(newVisitor({ name: "Evil\u202Eeman" })), "name");
    expect(await db.user.count()).toBe(before);
  });

  it("refuses a sign-up whose hidden honeypot field was filled in", async () => {
    actAs(null);
    freshAddress();
    const input = newVisitor({ website: "https://spam.example" });
    expectFieldError(await signUpAction(input), "website");
    expect(await db.user.findUnique({ where: { email: input.email } })).toBeNull();
  });

  it("allows five sign-ups an hour from one address, and refuses the sixth while other addresses still work", async () => {
    actAs(null);
    freshAddress();
    for (let i = 0; i < 5; i++) await redirectOf(signUpAction(newVisitor()));

    const sixth = newVisitor();
    const { error } = expectRefused(await signUpAction(sixth));
    expect(error).toMatch(/Try again in \d+ minutes?/);
    expect(await db.user.findUnique({ where: { email: sixth.email } })).toBeNull();

    freshAddress();
    await redirectOf(signUpAction(sixth));
    expect(await db.user.findUnique({ where: { email: sixth.email } })).not.toBeNull();
  });

  it("counts a visitor by the address it connects from, whatever X-Forwarded-For it makes up", async () => {
    actAs(null);
    for (let i = 0; i < 5; i++) {
      fromAddress("198.51.100.250", { "X-Forwarded-For": `10.0.0.${i}` });
      await redirectOf(signUpAction(newVisitor()));
    }
    fromAddress("198.51.100.250", { "X-Forwarded-For": "10.0.0.99" });
    expectRefused(await signUpAction(newVisitor()), /Try again in/);
  });
});

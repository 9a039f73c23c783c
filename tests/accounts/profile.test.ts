// Editing one's own profile and password: only ever one's own, and never without the
// current password.
import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());

import { changePasswordAction, updateProfileAction } from "@/lib/actions/account";
import { db } from "@/lib/db";
import { handleSkeleton } from "@/lib/identity/handle";
import { verifyPassword } from "@/lib/passwords";
import { actAs } from "../helpers/acting-as";
import { expectFieldError, expectOk, expectRefused } from "../helpers/action-results";
import { createTestUser, TEST_PASSWORD } from "../helpers/fixtures";

const NEW_PASSWORD = "the credits roll at midnight";

describe("updateProfileAction", () => {
  it("changes the caller's name, handle and bio, normalised", async () => {
    const user = await createTestUser();
    actAs(user);
    const result = await updateProfileAction({ name: "  Mai   Lê ", handle: "MaiWatches", bio: "  Mostly Ozu.  " });
    expect(expectOk(result)).toEqual({ handle: "maiwatches" });

    const saved = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(saved).toMatchObject({ name: "Mai Lê", handle: "maiwatches", handleSkeleton: handleSkeleton("maiwatches"), bio: "Mostly Ozu." });
  });

  it("only ever touches the caller: an id smuggled into the input changes nothing of anyone else", async () => {
    const caller = await createTestUser();
    const other = await createTestUser();
    const otherBefore = await db.user.findUniqueOrThrow({ where: { id: other.id } });
    actAs(caller);

    const smuggled = { name: "Hijacked", handle: `hijack${Date.now().toString(36)}`, bio: "pwned", id: other.id, userId: other.id, role: "ADMIN" };
    expectOk(await updateProfileAction(smuggled as Parameters<typeof updateProfileAction>[0]));

    expect(await db.user.findUniqueOrThrow({ where: { id: other.id } })).toEqual(otherBefore);
    const callerAfter = await db.user.findUniqueOrThrow({ where: { id: caller.id } });
    expect(callerAfter).toMatchObject({ name: "Hijacked", role: "USER" });
  });

  it("refuses a handle that is taken or looks like someone else's, changing nothing", async () => {
    const morgan = await createTestUser({ handle: `morgan${Date.now().toString(36)}` });
    const impostor = await createTestUser();
    const before = await db.user.findUniqueOrThrow({ where: { id: impostor.id } });
    actAs(impostor);

    const lookalikes = [morgan.handle, morgan.handle.toUpperCase(), morgan.handle.replace("m", "rn"), morgan.handle.replace("o", "0")];
    for (const handle of lookalikes) {
      const { fieldErrors } = expectFieldError(await updateProfileAction({ name: "Morgan", handle, bio: "" }), "handle");
      expect(fieldErrors?.handle?.[0], handle).toMatch(/taken|looks too much like/);
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: impostor.id } })).toEqual(before);
  });

  it("lets people save their own handle again, in any case, without clashing with themselves", async () => {
    const user = await createTestUser({ handle: `clara${Date.now().toString(36)}` });
    actAs(user);
    expectOk(await updateProfileAction({ name: "Clara", handle: user.handle, bio: "" }));
    // "cl" reads as "d", so this handle's skeleton is "dara…": the only account it matches is the caller's.
    expectOk(await updateProfileAction({ name: "Clara", handle: user.handle.toUpperCase(), bio: "" }));
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).handle).toBe(user.handle);
  });

  it("refuses reserved handles, invisible characters in names and null bytes in bios", async () => {
    const user = await createTestUser();
    const before = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    actAs(user);
    expectFieldError(await updateProfileAction({ name: "Staff", handle: "moderator", bio: "" }), "handle");
    expectFieldError(await updateProfileAction({ name: "Staff", handle: "adm1n", bio: "" }), "handle");
    expectFieldError(await updateProfileAction({ name: "Evil\u202Eeman", handle: user.handle, bio: "" }), "name");
    expectFieldError(await updateProfileAction({ name: "Z\u200Bed", handle: user.handle, bio: "" }), "name");
    expectFieldError(await updateProfileAction({ name: "Zed", handle: user.handle, bio: "a\u0000b" }), "bio");
    expectFieldError(await updateProfileAction({ name: "Zed", handle: user.handle, bio: "x".repeat(501) }), "bio");
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(before);
  });

  it("refuses anonymous callers", async () => {
    actAs(null);
    const handle = `anon${Date.now().toString(36)}`;
    const { error } = expectRefused(await updateProfileAction({ name: "Anon", handle, bio: "" }));
    expect(error).toMatch(/Sign in/);
    expect(await db.user.findUnique({ where: { handle } })).toBeNull();
  });

  it("refuses a banned user", async () => {
    const banned = await createTestUser({ banned: true });
    actAs(banned);
    expectRefused(await updateProfileAction({ name: "Rebranded", handle: banned.handle, bio: "" }), /suspended/);
    expect((await db.user.findUniqueOrThrow({ where: { id: banned.id } })).name).toBe(banned.name);
  });
});

describe("changePasswordAction", () => {
  it("changes the password when the current one is given", async () => {
    const user = await createTestUser({ withPassword: true });
    actAs(user);
    expectOk(await changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }));

    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(passwordHash, TEST_PASSWORD)).toBe(false);
  });

  it("refuses a wrong current password and keeps the old hash", async () => {
    const user = await createTestUser({ withPassword: true });
    actAs(user);
    const { fieldErrors } = expectFieldError(await changePasswordAction({ currentPassword: "a guess at the password", newPassword: NEW_PASSWORD }), "currentPassword");
    expect(fieldErrors?.currentPassword?.[0]).toMatch(/isn't your current password/);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(user.passwordHash);
  });

  it("refuses a weak or unchanged new password and keeps the old hash", async () => {
    const user = await createTestUser({ withPassword: true });
    actAs(user);
    for (const newPassword of ["short", "password123", "€".repeat(100), TEST_PASSWORD]) {
      expectFieldError(await changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword }), "newPassword");
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(user.passwordHash);
  });

  it("can't be used to guess a password: after 8 wrong tries even the right one is refused for a while", async () => {
    const user = await createTestUser({ withPassword: true });
    actAs(user);
    for (let attempt = 0; attempt < 8; attempt++) {
      expectRefused(await changePasswordAction({ currentPassword: `guess number ${attempt}`, newPassword: NEW_PASSWORD }));
    }
    const { error } = expectRefused(await changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }));
    expect(error).toMatch(/Try again in/);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(user.passwordHash);
  });

  it("refuses anonymous callers", async () => {
    actAs(null);
    expectRefused(await changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }), /Sign in/);
  });
});

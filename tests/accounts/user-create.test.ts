// `npm run user:create` (how the first admin is made) and `npm run user:role`, run against
// this file's database through DATABASE_URL, as an operator would run them.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/passwords";
import { runUserCreate } from "@/scripts/user-create";
import { runUserRole } from "@/scripts/user-role";
import { createTestUser } from "../helpers/fixtures";

const PASSWORD = "projector hums in the dark";

let errors: MockInstance<typeof console.error>;
let logs: MockInstance<typeof console.log>;
beforeEach(() => {
  errors = vi.spyOn(console, "error").mockImplementation(() => {});
  logs = vi.spyOn(console, "log").mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const printed = (spy: MockInstance<(...args: unknown[]) => void>) => spy.mock.calls.map((call) => call.join(" ")).join("\n");

describe("npm run user:create", () => {
  it("creates an admin with a lower-cased email and an Argon2id hash", async () => {
    expect(process.env.DATABASE_URL).toBeTruthy();
    const code = await runUserCreate(["--email", "Admin@Example.com", "--password", PASSWORD, "--role", "admin"]);
    expect(code).toBe(0);

    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
    expect(admin.role).toBe("ADMIN");
    // No --handle: taken from the email's local part (the operator may hold a reserved name).
    expect(admin.handle).toBe("admin");
    expect(admin.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(admin.passwordHash, PASSWORD)).toBe(true);
    expect(printed(logs)).toContain("admin@example.com");
  });

  it("uses the given handle and name, and defaults to an ordinary user", async () => {
    const code = await runUserCreate(["--email", "lee@example.com", "--password", PASSWORD, "--handle", "LeeFilms", "--name", "Lee  Park"]);
    expect(code).toBe(0);
    expect(await db.user.findUniqueOrThrow({ where: { email: "lee@example.com" } })).toMatchObject({ handle: "leefilms", name: "Lee Park", role: "USER" });
  });

  it("refuses a malformed email with exit code 2 and creates nothing", async () => {
    const before = await db.user.count();
    expect(await runUserCreate(["--email", "not-an-email", "--password", PASSWORD])).toBe(2);
    expect(await runUserCreate(["--email", "a@example.com,b@example.com", "--password", PASSWORD])).toBe(2);
    expect(await runUserCreate(["--password", PASSWORD])).toBe(2);
    expect(printed(errors)).toContain("--email");
    expect(await db.user.count()).toBe(before);
  });

  it("refuses a weak password or an unknown role with exit code 2", async () => {
    const before = await db.user.count();
    expect(await runUserCreate(["--email", "weak@example.com", "--password", "password123"])).toBe(2);
    expect(await runUserCreate(["--email", "weak@example.com", "--password", "short"])).toBe(2);
    expect(await runUserCreate(["--email", "weak@example.com", "--password", PASSWORD, "--role", "superuser"])).toBe(2);
    expect(printed(errors)).toContain("--password");
    expect(await db.user.findUnique({ where: { email: "weak@example.com" } })).toBeNull();
    expect(await db.user.count()).toBe(before);
  });

  it("refuses an email that already has an account with exit code 1", async () => {
    expect(await runUserCreate(["--email", "twice@example.com", "--password", PASSWORD, "--handle", "twice-one"])).toBe(0);
    const before = await db.user.count();
    expect(await runUserCreate(["--email", "TWICE@example.com", "--password", PASSWORD, "--handle", "twice-two", "--role", "admin"])).toBe(1);
    expect(printed(errors)).toMatch(/already exists/);
    expect(await db.user.count()).toBe(before);
    expect((await db.user.findUniqueOrThrow({ where: { email: "twice@example.com" } })).role).toBe("USER");
  });
});

describe("npm run user:role", () => {
  it("changes a role and records who changed what in the audit log", async () => {
    const user = await createTestUser();
    expect(await runUserRole(["--email", user.email!.toUpperCase(), "--role", "moderator"])).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("MODERATOR");

    const audit = await db.moderationAction.findMany({ where: { targetId: user.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "user.role", targetType: "USER", actorId: null, before: { role: "USER" }, after: { role: "MODERATOR" } });
  });

  it("finds a user by handle too", async () => {
    const user = await createTestUser({ role: "MODERATOR" });
    expect(await runUserRole(["--handle", user.handle, "--role", "user"])).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("USER");
  });

  it("refuses an unknown role or user, and a deleted account, changing nothing", async () => {
    const user = await createTestUser();
    expect(await runUserRole(["--email", user.email!, "--role", "owner"])).toBe(2);
    expect(await runUserRole(["--role", "admin"])).toBe(2);
    expect(await runUserRole(["--email", "nobody@example.com", "--role", "admin"])).toBe(1);

    await db.user.update({ where: { id: user.id }, data: { deletedAt: new Date() } });
    expect(await runUserRole(["--email", user.email!, "--role", "admin"])).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("USER");
    expect(await db.moderationAction.count({ where: { targetId: user.id } })).toBe(0);
  });
});

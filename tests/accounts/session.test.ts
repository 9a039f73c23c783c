import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());

import { db } from "@/lib/db";
import { AccessDeniedError, getCurrentUser, requireRole, requireUser } from "@/lib/session";
import { actAs } from "../helpers/acting-as";
import { createTestUser } from "../helpers/fixtures";

describe("session helpers", () => {
  let user: Awaited<ReturnType<typeof createTestUser>>;
  let banned: Awaited<ReturnType<typeof createTestUser>>;
  let moderator: Awaited<ReturnType<typeof createTestUser>>;
  let admin: Awaited<ReturnType<typeof createTestUser>>;

  beforeAll(async () => {
    user = await createTestUser();
    banned = await createTestUser({ banned: true });
    moderator = await createTestUser({ role: "MODERATOR" });
    admin = await createTestUser({ role: "ADMIN" });
  });

  const denied = (reason: string) => expect.objectContaining({ name: "AccessDeniedError", reason });

  it("refuses anonymous callers", async () => {
    actAs(null);
    expect(await getCurrentUser()).toBeNull();
    await expect(requireUser()).rejects.toEqual(denied("signed-out"));
    await expect(requireRole("MODERATOR")).rejects.toEqual(denied("signed-out"));
  });

  it("lets a user act as a user but not as staff", async () => {
    actAs(user);
    expect((await requireUser()).id).toBe(user.id);
    await expect(requireRole("MODERATOR")).rejects.toEqual(denied("forbidden"));
    await expect(requireRole("ADMIN")).rejects.toEqual(denied("forbidden"));
  });

  it("refuses a banned user, showing the reason, unless the action allows banned callers", async () => {
    actAs(banned);
    const error = await requireUser().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AccessDeniedError);
    expect((error as AccessDeniedError).reason).toBe("banned");
    expect((error as AccessDeniedError).message).toContain("Testing bans");
    expect((await requireUser({ allowBanned: true })).id).toBe(banned.id);
  });

  it("gives moderators moderator powers but not admin ones, and admins both", async () => {
    actAs(moderator);
    expect((await requireRole("MODERATOR")).id).toBe(moderator.id);
    await expect(requireRole("ADMIN")).rejects.toEqual(denied("forbidden"));
    actAs(admin);
    expect((await requireRole("MODERATOR")).id).toBe(admin.id);
    expect((await requireRole("ADMIN")).id).toBe(admin.id);
  });

  it("applies a ban or a demotion at once to someone already signed in", async () => {
    const victim = await createTestUser({ role: "MODERATOR" });
    actAs(victim);
    await expect(requireRole("MODERATOR")).resolves.toMatchObject({ id: victim.id });

    await db.user.update({ where: { id: victim.id }, data: { role: "USER" } });
    await expect(requireRole("MODERATOR")).rejects.toEqual(denied("forbidden"));

    await db.user.update({ where: { id: victim.id }, data: { bannedAt: new Date(), bannedUntil: null, banReason: "Spam" } });
    await expect(requireUser()).rejects.toEqual(denied("banned"));
  });

  it("lets a user back in when a timed ban has ended", async () => {
    const formerlyBanned = await createTestUser({ banned: true, bannedUntil: new Date(Date.now() - 1000) });
    actAs(formerlyBanned);
    expect((await requireUser()).isBanned).toBe(false);
  });

  it("treats a deleted account as signed out even with a valid session cookie", async () => {
    const gone = await createTestUser();
    await db.user.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });
    actAs(gone);
    await expect(requireUser()).rejects.toEqual(denied("signed-out"));
  });
});

"use server";

import { revalidatePath } from "next/cache";
import { fail, ok, type ActionResult } from "@/lib/action-result";
import { ADMIN, defineAction, MODERATOR } from "@/lib/actions/action-client";
import { db } from "@/lib/db";
import { isStaff } from "@/lib/permissions";
import { recordAction } from "@/lib/moderation/audit-log";
import { banMessage, notifyModerationDecision, UNBAN_MESSAGE } from "@/lib/notifications/moderation-notice";
import { banSchema, BAN_DURATIONS, changeRoleSchema, unbanSchema } from "@/lib/validations/moderation";

const banFields = { bannedAt: true, bannedUntil: true, banReason: true, bannedById: true } as const;
type BanFields = { bannedAt: Date | null; bannedUntil: Date | null; banReason: string | null; bannedById: string | null };
const snapshot = (user: BanFields) => ({
  bannedAt: user.bannedAt?.toISOString() ?? null,
  bannedUntil: user.bannedUntil?.toISOString() ?? null,
  banReason: user.banReason,
  bannedById: user.bannedById,
});

export const banUserAction = defineAction({ schema: banSchema, access: MODERATOR }, async (input, caller) => {
  const target = await db.user.findFirst({ where: { id: input.userId, deletedAt: null }, select: { id: true, role: true, ...banFields } });
  if (!target) return fail("No such user.");
  if (target.id === caller.id) return fail("You can't ban yourself.");
  // Moderators can't ban staff; admins can ban moderators but not other admins.
  if (isStaff(target.role) && (caller.role !== "ADMIN" || target.role === "ADMIN")) return fail("Staff can't be banned from here.");

  const days = BAN_DURATIONS[input.duration];
  const now = new Date();
  const next = { bannedAt: now, bannedUntil: days === null ? null : new Date(now.getTime() + days * 86_400_000), banReason: input.reason, bannedById: caller.id };
  const logged = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: target.id }, data: next });
    const logged = await recordAction(tx, { actorId: caller.id, action: "user.ban", targetType: "USER", targetId: target.id, reason: input.reason, before: snapshot(target), after: snapshot(next) });
    await notifyModerationDecision(tx, { userId: target.id, actorId: caller.id, message: banMessage(next.bannedUntil, input.reason) });
    return logged;
  });
  revalidatePath("/admin", "layout");
  // The audit entry, so the confirmation can offer Undo at once.
  return ok({ actionId: logged.id });
});

export const unbanUserAction = defineAction({ schema: unbanSchema, access: MODERATOR }, async (input, caller) => {
  const target = await db.user.findFirst({ where: { id: input.userId, bannedAt: { not: null } }, select: { id: true, ...banFields } });
  if (!target) return fail("That user isn't banned.");
  const next = { bannedAt: null, bannedUntil: null, banReason: null, bannedById: null };
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: target.id }, data: next });
    await recordAction(tx, { actorId: caller.id, action: "user.unban", targetType: "USER", targetId: target.id, reason: input.reason || null, before: snapshot(target), after: snapshot(next) });
    await notifyModerationDecision(tx, { userId: target.id, actorId: caller.id, message: UNBAN_MESSAGE });
  });
  revalidatePath("/admin", "layout");
  return ok();
});

/** A role change, or word that the user already had that role. */
export type RoleChange = { changed: false } | { changed: true; actionId: string };

export const changeRoleAction = defineAction({ schema: changeRoleSchema, access: ADMIN }, async (input, caller): Promise<ActionResult<RoleChange>> => {
  if (input.userId === caller.id) return fail("You can't change your own role; ask another admin.");
  const target = await db.user.findFirst({ where: { id: input.userId, deletedAt: null }, select: { id: true, role: true } });
  if (!target) return fail("No such user.");
  // Saving the role a user already has changes nothing and logs nothing; say so, rather than
  // confirm a change (and an undo) that never happened.
  if (target.role === input.role) return ok({ changed: false });
  const logged = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: target.id }, data: { role: input.role } });
    return recordAction(tx, { actorId: caller.id, action: "user.role", targetType: "USER", targetId: target.id, before: { role: target.role }, after: { role: input.role } });
  });
  revalidatePath("/admin", "layout");
  return ok({ changed: true, actionId: logged.id });
});

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fail, ok } from "@/lib/action-result";
import { defineAction, SIGNED_IN, SIGNED_IN_EVEN_IF_BANNED } from "@/lib/actions/action-client";
import { signOut } from "@/lib/auth";
import { db } from "@/lib/db";
import { handleSkeleton } from "@/lib/identity/handle";
import { hashPassword, verifyPassword } from "@/lib/passwords";
import { consumeRateLimit, RATE_RULES, resetRateLimit, retryMessage } from "@/lib/rate-limit";
import { deleteAccount } from "@/lib/users/delete-account";
import { endSessions } from "@/lib/users/sessions";
import { changePasswordSchema, deleteAccountSchema, profileSchema } from "@/lib/validations/account";

const HANDLE_TAKEN = "That handle is taken, or looks too much like one that is.";

export const updateProfileAction = defineAction({ schema: profileSchema, access: SIGNED_IN }, async (input, caller) => {
  const skeleton = handleSkeleton(input.handle);
  const clash = await db.user.findFirst({ where: { handleSkeleton: skeleton, NOT: { id: caller.id } }, select: { id: true } });
  if (clash) return fail(HANDLE_TAKEN, { handle: [HANDLE_TAKEN] });
  await db.user.update({
    where: { id: caller.id },
    data: { name: input.name, handle: input.handle, handleSkeleton: skeleton, bio: input.bio || null },
  });
  revalidatePath(`/users/${input.handle}`);
  revalidatePath("/settings");
  return ok({ handle: input.handle });
});

/**
 * Checks the caller's current password, with a limit of its own per member (so a stolen session
 * can't be used to guess the password either, while strangers' wrong sign-ins can't lock the
 * owner out of these forms). The attempt is counted before the check, as sign-in does, so
 * attempts sent at once can't outrun the limit; a right password clears the count.
 */
async function checkCurrentPassword(userId: string, password: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  const limit = await consumeRateLimit(RATE_RULES.passwordCheckPerUser, userId);
  if (!limit.allowed) return fail(retryMessage("password attempts", limit.retryAfterSeconds));
  if (!(await verifyPassword(user.passwordHash, password))) {
    const message = "That isn't your current password.";
    return fail(message, { currentPassword: [message], password: [message] });
  }
  await resetRateLimit(RATE_RULES.passwordCheckPerUser, userId);
  return null;
}

/** The password when the account has one; otherwise (GitHub or Google only) its handle, typed out. */
async function checkAccountOwnership(caller: { id: string; handle: string }, input: { password?: string; handle?: string }) {
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: caller.id }, select: { passwordHash: true } });
  if (passwordHash) {
    if (input.password === undefined) return fail("Enter your password.", { password: ["Enter your password."] });
    return checkCurrentPassword(caller.id, input.password);
  }
  if (input.handle !== caller.handle) return fail("That isn't your handle.", { handle: ["That isn't your handle."] });
  return null;
}

/**
 * A new password ends every other session of the account, in the same transaction (whoever
 * knew the old password may be signed in somewhere); the browser that changed it stays signed in.
 */
export const changePasswordAction = defineAction({ schema: changePasswordSchema, access: SIGNED_IN_EVEN_IF_BANNED }, async (input, caller) => {
  const refused = await checkCurrentPassword(caller.id, input.currentPassword);
  if (refused) return refused;
  const passwordHash = await hashPassword(input.newPassword);
  const ended = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: caller.id }, data: { passwordHash } });
    return endSessions(caller.id, { except: caller.sessionId, tx });
  });
  return ok({ otherSessionsEnded: ended });
});

export const deleteAccountAction = defineAction({ schema: deleteAccountSchema, access: SIGNED_IN_EVEN_IF_BANNED }, async (input, caller) => {
  const refused = await checkAccountOwnership(caller, input);
  if (refused) return refused;
  await deleteAccount(caller.id);
  await signOut({ redirect: false });
  redirect("/?account=deleted");
});

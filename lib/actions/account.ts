"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { fail, ok } from "@/lib/action-result";
import { defineAction, SIGNED_IN, SIGNED_IN_EVEN_IF_BANNED } from "@/lib/actions/action-client";
import { signOut } from "@/lib/auth";
import { db } from "@/lib/db";
import { handleSkeleton } from "@/lib/identity/handle";
import { hashPassword } from "@/lib/passwords";
import { checkAccountOwnership, checkCurrentPassword } from "@/lib/actions/account-ownership";
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

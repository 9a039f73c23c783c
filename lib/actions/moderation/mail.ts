"use server";

import { revalidatePath } from "next/cache";
import { fail, ok } from "@/lib/action-result";
import { ADMIN, defineAction } from "@/lib/actions/action-client";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/mail/config";
import { retryFailedMail } from "@/lib/mail/outbox";
import { recordAction } from "@/lib/moderation/audit-log";
import { issueAccountToken } from "@/lib/users/account-tokens";
import { z } from "zod";

const recordIdSchema = z.object({ id: z.string().min(1).max(64) });

/**
 * A one-time password-reset link for a member, for sites that can't send mail (or a member who
 * can't receive it). Shown once to the admin, who passes it on; never stored, only its hash.
 * Audit-logged, because whoever holds the link can take the account over.
 */
export const createResetLinkAction = defineAction({ schema: z.object({ userId: z.string().min(1).max(64) }), access: ADMIN }, async (input, caller) => {
  const target = await db.user.findFirst({ where: { id: input.userId, deletedAt: null }, select: { id: true, email: true, handle: true } });
  if (!target?.email) return fail("That account has no email address, so it can't have a reset link.");
  if (target.id === caller.id) return fail("Use “Forgot password?” or Settings for your own account.");
  const { token, expiresAt } = await db.$transaction(async (tx) => {
    const issued = await issueAccountToken(tx, { userId: target.id, purpose: "PASSWORD_RESET", email: target.email! });
    await recordAction(tx, {
      actorId: caller.id,
      action: "user.reset-link",
      targetType: "USER",
      targetId: target.id,
      after: { expiresAt: issued.expiresAt.toISOString() },
    });
    return issued;
  });
  return ok({ url: siteUrl(`/reset-password?token=${token}`), expiresAt: expiresAt.toISOString() });
});

/** Tries a failed message again, from the start of its retries. */
export const retryMailAction = defineAction({ schema: recordIdSchema, access: ADMIN }, async (input) => {
  if (!(await retryFailedMail(input.id))) return fail("That message isn't failed any more.");
  revalidatePath("/admin/mail");
  return ok();
});

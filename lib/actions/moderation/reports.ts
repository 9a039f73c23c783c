"use server";

import { fail, ok } from "@/lib/action-result";
import { defineAction, SIGNED_IN } from "@/lib/actions/action-client";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordAction } from "@/lib/moderation/audit-log";
import { moveContentState, readContentState } from "@/lib/moderation/content-state";
import { getSettings } from "@/lib/settings";
import { reportSchema } from "@/lib/validations/moderation";

/** Any signed-in user reports a review or comment once; enough distinct reporters hide it. */
export const reportContentAction = defineAction({ schema: reportSchema, access: SIGNED_IN }, async (input, caller) => {
  const { autoHideReportThreshold } = await getSettings();
  const target = input.kind === "REVIEW" ? { reviewId: input.id } : { commentId: input.id };

  const outcome = await db.$transaction(async (tx) => {
    if (input.kind === "REVIEW") await tx.$queryRaw`SELECT 1 FROM "Review" WHERE "id" = ${input.id} FOR UPDATE`;
    else await tx.$queryRaw`SELECT 1 FROM "Comment" WHERE "id" = ${input.id} FOR UPDATE`;
    const item = await readContentState(tx, input.kind, input.id);
    if (!item || item.state !== "PUBLISHED") return fail("That item isn't available to report.");
    if (item.authorId === caller.id) return fail("You can't report your own writing.");

    await tx.report.create({ data: { reporterId: caller.id, reason: input.reason, details: input.details || null, ...target } });

    // Distinct reporters by construction: one report per user per item (unique index).
    const openReports = await tx.report.count({ where: { status: "OPEN", ...target } });
    if (openReports >= autoHideReportThreshold) {
      const reason = `Hidden automatically after ${openReports} reports, until a moderator reviews it`;
      if (await moveContentState(tx, input.kind, input.id, "PUBLISHED", { state: "HIDDEN", stateReason: reason })) {
        await recordAction(tx, {
          actorId: null,
          action: `${input.kind.toLowerCase()}.auto-hide`,
          targetType: input.kind,
          targetId: input.id,
          reason,
          before: { state: "PUBLISHED", stateReason: null },
          after: { state: "HIDDEN", stateReason: reason },
        });
      }
    }
    return ok({ reviewId: item.reviewId });
  }).catch((error: unknown) => {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return fail("You've already reported this.");
    throw error;
  });

  // No revalidatePath (see lib/actions/reviews.ts): the report button refreshes the page itself.
  return outcome.ok ? ok() : outcome;
});

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ok } from "@/lib/action-result";
import { defineAction, SIGNED_IN_EVEN_IF_BANNED } from "@/lib/actions/action-client";
import { db } from "@/lib/db";
import { idField } from "@/lib/validations/text";

/** Marks the caller's notifications read: the given ones, or all of them. */
export const markNotificationsReadAction = defineAction(
  { schema: z.object({ ids: z.array(idField).max(200).optional() }), access: SIGNED_IN_EVEN_IF_BANNED },
  async (input, caller) => {
    const { count } = await db.notification.updateMany({
      where: { userId: caller.id, readAt: null, ...(input.ids ? { id: { in: input.ids } } : {}) },
      data: { readAt: new Date() },
    });
    revalidatePath("/notifications");
    return ok({ marked: count });
  },
);

"use server";

import { revalidatePath } from "next/cache";
import { ok } from "@/lib/action-result";
import { ADMIN, defineAction } from "@/lib/actions/action-client";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAction } from "@/lib/moderation/audit-log";
import { loadSettings, type SettingKey } from "@/lib/settings";
import { settingsFormSchema } from "@/lib/validations/settings";

/** Saves the settings that changed, each with its own audit entry (before and after). */
export const updateSettingsAction = defineAction({ schema: settingsFormSchema, access: ADMIN }, async (input, caller) => {
  const current = await loadSettings();
  const changed = (Object.keys(input) as SettingKey[]).filter(
    (key) => input[key] !== undefined && JSON.stringify(input[key]) !== JSON.stringify(current[key]),
  );
  await db.$transaction(async (tx) => {
    for (const key of changed) {
      const value = input[key] as Prisma.InputJsonValue;
      await tx.setting.upsert({ where: { key }, create: { key, value, updatedById: caller.id }, update: { value, updatedById: caller.id } });
      await recordAction(tx, {
        actorId: caller.id,
        action: "setting.update",
        targetType: "SETTING",
        targetId: key,
        before: { [key]: current[key] } as Prisma.InputJsonValue,
        after: { [key]: input[key] } as Prisma.InputJsonValue,
      });
    }
  });
  revalidatePath("/admin", "layout");
  return ok({ changed });
});

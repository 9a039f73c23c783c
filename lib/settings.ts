import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";

/** Admin-editable settings: each key's schema and default. Stored as JSON in the Setting table. */
export const settingSchemas = {
  blockedWords: z.array(z.string().trim().min(1).max(60)).max(500),
  /** Comments with more links than this are held for moderation. */
  linkThreshold: z.number().int().min(0).max(50),
  holdFirstTimePosters: z.boolean(),
  /** Deepest nesting shown inline; deeper replies continue on their own page. */
  replyDepth: z.number().int().min(1).max(10),
  editWindowMinutes: z.number().int().min(0).max(24 * 60),
  /** Reports from this many distinct users hide an item until a moderator reviews it. */
  autoHideReportThreshold: z.number().int().min(1).max(100),
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type Settings = { [K in SettingKey]: z.infer<(typeof settingSchemas)[K]> };

export const SETTING_DEFAULTS: Settings = {
  blockedWords: [],
  linkThreshold: 2,
  holdFirstTimePosters: true,
  replyDepth: 5,
  editWindowMinutes: 15,
  autoHideReportThreshold: 3,
};

function isSettingKey(key: string): key is SettingKey {
  return key in settingSchemas;
}

/** Reads every setting, falling back to the default for any missing or invalid value. */
export async function loadSettings(): Promise<Settings> {
  const rows = await db.setting.findMany({ select: { key: true, value: true } });
  const settings: Record<string, unknown> = { ...SETTING_DEFAULTS };
  for (const row of rows) {
    if (!isSettingKey(row.key)) continue;
    const parsed = settingSchemas[row.key].safeParse(row.value);
    if (parsed.success) settings[row.key] = parsed.data;
  }
  return settings as Settings;
}

/** Settings for the current request (one query per request at most). */
export const getSettings = cache(loadSettings);

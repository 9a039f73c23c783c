import { cache } from "react";
import { db } from "@/lib/db";
import { settingSchemas, type SettingKey, type Settings } from "@/lib/validations/settings";

export type { SettingKey, Settings };

export const SETTING_DEFAULTS: Settings = {
  blockedWords: [],
  linkThreshold: 2,
  holdFirstTimePosters: true,
  replyDepth: 5,
  editWindowMinutes: 15,
  autoHideReportThreshold: 3,
  requireVerifiedEmail: false,
};

function isSettingKey(key: string): key is SettingKey {
  return key in settingSchemas;
}

/** Reads every setting, falling back to the default for any missing or invalid value. */
export async function loadSettings(): Promise<Settings> {
  return settingsFromRows(await db.setting.findMany({ select: { key: true, value: true } }));
}

/** The settings from the Setting table's rows, however they were read. */
export function settingsFromRows(rows: readonly { key: string; value: unknown }[]): Settings {
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

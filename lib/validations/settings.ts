import { z } from "zod";
import { storableText } from "./text";

/** Admin-editable settings: each key's schema and default. Stored as JSON in the Setting table. */
export const settingSchemas = {
  blockedWords: z.array(storableText("A blocked word").trim().min(1).max(60)).max(500),
  /** Comments with more links than this are held for moderation. */
  linkThreshold: z.number().int().min(0).max(50),
  holdFirstTimePosters: z.boolean(),
  /** Deepest nesting shown inline; deeper replies continue on their own page. */
  replyDepth: z.number().int().min(1).max(10),
  editWindowMinutes: z.number().int().min(0).max(24 * 60),
  /** Reports from this many distinct users hide an item until a moderator reviews it. */
  autoHideReportThreshold: z.number().int().min(1).max(100),
  /** Members must confirm their email address before they can post reviews or comments. */
  requireVerifiedEmail: z.boolean(),
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type Settings = { [K in SettingKey]: z.infer<(typeof settingSchemas)[K]> };

/** The admin settings form: any subset of the settings. */
export const settingsFormSchema = z.object(settingSchemas).partial();
export type SettingsFormInput = z.input<typeof settingsFormSchema>;

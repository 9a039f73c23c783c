import { z } from "zod";
import { settingSchemas } from "@/lib/validations/settings";
import { unstorableTextProblem } from "@/lib/validations/text";

// The settings form as people fill it in: blocked words are typed one per line, numbers come
// from number inputs. Each field pipes into the setting's own schema (lib/validations/
// settings.ts), which the server applies again, so the limits live in one place.

/** A number input for one numeric setting, with the setting's own range in its error message. */
function wholeNumberIn(setting: z.ZodNumber) {
  const range = `Enter a whole number from ${setting.minValue} to ${setting.maxValue}.`;
  return z
    .number({ error: range })
    .int(range)
    .min(setting.minValue ?? 0, range)
    .max(setting.maxValue ?? Number.MAX_SAFE_INTEGER, range)
    .pipe(setting);
}

export const settingsTextFormSchema = z.object({
  blockedWords: z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (typeof value === "string" ? value.split("\n") : value))
    .transform((words) => [...new Set(words.map((word) => word.trim()).filter(Boolean))])
    // Said in words here, because the list's own schema would point at one line of the textarea.
    .superRefine((words, ctx) => {
      const problem = words.map((word) => unstorableTextProblem(word, "A blocked word")).find(Boolean);
      if (problem) ctx.addIssue({ code: "custom", message: problem, continue: false });
    })
    .refine((words) => words.every((word) => word.length <= 60), "Keep each blocked word or phrase under 60 characters.")
    .refine((words) => words.length <= 500, "List at most 500 blocked words.")
    .pipe(settingSchemas.blockedWords),
  linkThreshold: wholeNumberIn(settingSchemas.linkThreshold),
  holdFirstTimePosters: settingSchemas.holdFirstTimePosters,
  replyDepth: wholeNumberIn(settingSchemas.replyDepth),
  editWindowMinutes: wholeNumberIn(settingSchemas.editWindowMinutes),
  autoHideReportThreshold: wholeNumberIn(settingSchemas.autoHideReportThreshold),
  requireVerifiedEmail: settingSchemas.requireVerifiedEmail,
});

export type SettingsTextForm = z.input<typeof settingsTextFormSchema>;

export const SETTING_LABELS: Record<keyof SettingsTextForm, string> = {
  blockedWords: "Blocked words",
  linkThreshold: "Link threshold",
  holdFirstTimePosters: "Hold first-time posters",
  replyDepth: "Reply depth",
  editWindowMinutes: "Edit window",
  autoHideReportThreshold: "Auto-hide threshold",
  requireVerifiedEmail: "Require a verified email to post",
};

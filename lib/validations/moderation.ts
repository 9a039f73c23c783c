import { z } from "zod";
import { idField, storableText } from "./text";

export const contentKindField = z.enum(["REVIEW", "COMMENT"]);
export const reasonField = storableText("The reason")
  .transform((value) => value.trim())
  .refine((value) => value.length <= 500, "Keep the reason under 500 characters.");
const requiredReason = reasonField.refine((value) => value.length > 0, "Give a reason: the author will see it.");

export const moderateContentSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), kind: contentKindField, id: idField, reason: reasonField.optional() }),
  z.object({ decision: z.literal("restore"), kind: contentKindField, id: idField, reason: reasonField.optional() }),
  z.object({ decision: z.literal("hide"), kind: contentKindField, id: idField, reason: requiredReason }),
  z.object({ decision: z.literal("delete"), kind: contentKindField, id: idField, reason: requiredReason }),
]);
export type ModerateContentInput = z.input<typeof moderateContentSchema>;

export const bulkModerateSchema = z.object({
  decision: z.enum(["approve", "restore", "hide", "delete", "dismiss"]),
  items: z.array(z.object({ kind: contentKindField, id: idField })).min(1, "Select at least one item.").max(100),
  reason: reasonField.optional(),
});

export const contentRefSchema = z.object({ kind: contentKindField, id: idField });

export const REPORT_REASONS = ["SPAM", "ABUSE", "SPOILER", "OFF_TOPIC", "OTHER"] as const;
export const reportSchema = z
  .object({
    kind: contentKindField,
    id: idField,
    reason: z.enum(REPORT_REASONS, { error: "Choose a reason." }),
    details: reasonField.optional(),
  })
  .refine((value) => value.reason !== "OTHER" || (value.details ?? "").length > 0, {
    path: ["details"],
    message: "Tell us what's wrong.",
  });
export type ReportInput = z.input<typeof reportSchema>;

export const BAN_DURATIONS = { "1d": 1, "7d": 7, "30d": 30, permanent: null } as const;
export const banSchema = z.object({
  userId: idField,
  duration: z.enum(["1d", "7d", "30d", "permanent"], { error: "Choose how long the ban lasts." }),
  reason: requiredReason,
});
export type BanInput = z.input<typeof banSchema>;

export const unbanSchema = z.object({ userId: idField, reason: reasonField.optional() });
export const changeRoleSchema = z.object({ userId: idField, role: z.enum(["USER", "MODERATOR", "ADMIN"]) });
export const undoSchema = z.object({ actionId: idField });

export const appealSchema = z.object({
  actionId: idField,
  body: reasonField.refine((value) => value.length >= 10, "Tell the moderators why, in a sentence or two."),
});
export const decideAppealSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("accept"), appealId: idField, response: reasonField.optional() }),
  z.object({ decision: z.literal("reject"), appealId: idField, response: requiredReason }),
]);

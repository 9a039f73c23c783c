import { z } from "zod";
import { storableText } from "./text";

const frequency = z.enum(["OFF", "IMMEDIATE", "DAILY"], { error: "Choose off, right away or a daily digest." });

/** /settings → Email: how often each kind of notification is mailed. */
export const mailPreferencesSchema = z.object({
  mailReplies: frequency,
  mailReviewComments: frequency,
  mailModeration: frequency,
});
export type MailPreferencesInput = z.input<typeof mailPreferencesSchema>;

export const unsubscribeSchema = z.object({ token: storableText("The link").min(1).max(500) });

import { z } from "zod";
import { displayNameProblem, normalizeDisplayName } from "@/lib/identity/display-name";
import { emailProblem, normalizeEmail } from "@/lib/identity/email";
import { handleProblem, normalizeHandle } from "@/lib/identity/handle";
import { PASSWORD_MAX_BYTES, passwordByteLength, passwordProblem, personalPasswordProblem } from "@/lib/identity/password-policy";
import { storableText } from "./text";

/** Shared by the forms (react-hook-form's zodResolver) and the server actions. */

export const emailField = storableText("Your email address")
  .superRefine((value, ctx) => {
    const problem = emailProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform(normalizeEmail);

export const handleField = storableText("Your handle")
  .superRefine((value, ctx) => {
    const problem = handleProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform(normalizeHandle);

export const displayNameField = storableText("Your name")
  .superRefine((value, ctx) => {
    const problem = displayNameProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform(normalizeDisplayName);

/** A new password: strong enough, and at most PASSWORD_MAX_BYTES (checked before hashing). */
export const newPasswordField = storableText("Your password").superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** For checking an existing password: only the byte cap, no strength rules. */
export const currentPasswordField = storableText("Your password")
  .min(1, "Enter your password.")
  .refine((value) => passwordByteLength(value) <= PASSWORD_MAX_BYTES, `Passwords can be at most ${PASSWORD_MAX_BYTES} bytes.`);

/** Where to go after signing in; lib/safe-callback-url.ts decides whether it is followed. */
export const callbackUrlField = storableText("The return address").max(2000).optional();

/** Honeypot: people never see this field, bots fill it in. */
export const honeypotField = storableText("This field").max(0, "Leave this field empty.").optional();

export const signInSchema = z.object({
  email: storableText("Your email address").min(1, "Enter your email address.").max(320, "That is not an email address we could have."),
  password: currentPasswordField,
  callbackUrl: callbackUrlField,
});
export type SignInInput = z.input<typeof signInSchema>;

export const signUpSchema = z
  .object({
    email: emailField,
    handle: handleField,
    name: displayNameField,
    password: newPasswordField,
    website: honeypotField,
    callbackUrl: callbackUrlField,
  })
  .superRefine((value, ctx) => {
    const problem = personalPasswordProblem(value.password, { email: value.email, handle: value.handle });
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });
export type SignUpInput = z.input<typeof signUpSchema>;

export const profileSchema = z.object({
  name: displayNameField,
  handle: handleField,
  bio: storableText("Your bio")
    .max(500, "Keep your bio under 500 characters.")
    .transform((value) => value.trim()),
});
export type ProfileInput = z.input<typeof profileSchema>;

export const changePasswordSchema = z
  .object({ currentPassword: currentPasswordField, newPassword: newPasswordField })
  .refine((value) => value.currentPassword !== value.newPassword, {
    path: ["newPassword"],
    message: "Choose a password different from your current one.",
  });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

/**
 * Deleting an account takes the word DELETE and proof it is yours: the password, or, for an
 * account that signs in only with GitHub or Google and has none, its handle typed out. The
 * action decides which one the account needs; the form shows only that field.
 */
export const deleteAccountSchema = z.object({
  password: currentPasswordField.optional(),
  handle: storableText("Your handle")
    .min(1, "Type your handle.")
    .max(60, "That isn't your handle.")
    .transform((value) => normalizeHandle(value.replace(/^\s*@/, "")))
    .optional(),
  confirm: z.literal("DELETE", { error: "Type DELETE to confirm." }),
});
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;

export const forgotPasswordSchema = z.object({ email: emailField });
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;

/** The token is checked by the action; its shape only bounds what reaches the database. */
export const resetPasswordSchema = z.object({ token: storableText("The link").min(1).max(200), password: newPasswordField });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

/** A new address needs proof the account is yours: the password, or (no password) the handle. */
export const changeEmailSchema = z.object({
  email: emailField,
  password: currentPasswordField.optional(),
  handle: storableText("The handle")
    .max(60, "That isn't your handle.")
    .transform((value) => normalizeHandle(value.replace(/^\s*@/, "")))
    .optional(),
});
export type ChangeEmailInput = z.input<typeof changeEmailSchema>;

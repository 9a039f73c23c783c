import { z } from "zod";

const NULL_BYTE = "\u0000";

/** Markdown text a person writes: no null bytes, trimmed, at most `max` characters. */
export function markdownText(options: { max: number; label: string; required?: boolean }) {
  const base = z
    .string({ error: `${options.label} must be text.` })
    .refine((value) => !value.includes(NULL_BYTE), `${options.label} contains a null character.`)
    .transform((value) => value.trim())
    .refine((value) => value.length <= options.max, `${options.label} can be at most ${options.max.toLocaleString("en")} characters.`);
  return options.required
    ? base.refine((value) => value.length > 0, `${options.label} can't be empty.`)
    : base;
}

/** A database id as it appears in URLs and forms (cuid), checked before any query. */
export const idField = z.string().min(1, "Missing id.").max(40, "Unknown id.").regex(/^[a-z0-9]+$/i, "Unknown id.");

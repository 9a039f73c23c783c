import { z } from "zod";
import { markdownNestingProblem } from "@/lib/markdown-nesting";

// Under the `u` flag a well-formed surrogate pair is one code point, so only a lone half (a cut
// emoji, or a "\ud800" escape in a hand-made request) has the Surrogate category.
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * Why `value` can't be stored as written, or null. PostgreSQL refuses a NUL byte in text (error
 * 22021), and a lone surrogate has no UTF-8 encoding: the driver would silently store U+FFFD.
 */
export function unstorableTextProblem(value: string, label: string): string | null {
  if (value.includes("\u0000")) return `${label} contains a null character.`;
  if (LONE_SURROGATE.test(value)) return `${label} contains a broken character (half of an emoji or symbol). Type that character again.`;
  return null;
}

/**
 * The one refinement every text field and every search parameter goes through: a string that
 * PostgreSQL stores exactly as written. Other rules (trimming, lengths, shapes) chain after it.
 */
export function storableText(label: string) {
  return z.string({ error: `${label} must be text.` }).superRefine((value, ctx) => {
    const problem = unstorableTextProblem(value, label);
    // Nothing else is said about a string that can't be stored.
    if (problem) ctx.addIssue({ code: "custom", message: problem, continue: false });
  });
}

/**
 * A search or filter value from the address bar. One that can't be stored can't match anything
 * either, and would make PostgreSQL fail the query: readers of it treat it as absent.
 */
export const searchParamText = storableText("The search");

/**
 * Markdown text a person writes: storable, trimmed, at most `max` characters, and nested no
 * deeper than the renderer draws (lib/markdown-nesting.ts).
 */
export function markdownText(options: { max: number; label: string; required?: boolean }) {
  const base = storableText(options.label)
    .transform((value) => value.trim())
    .refine((value) => value.length <= options.max, `${options.label} can be at most ${options.max.toLocaleString("en")} characters.`)
    .superRefine((value, ctx) => {
      const problem = markdownNestingProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: `${options.label} ${problem}` });
    });
  return options.required
    ? base.refine((value) => value.length > 0, `${options.label} can't be empty.`)
    : base;
}

/** A database id as it appears in URLs and forms (cuid), checked before any query. */
export const idField = z.string().min(1, "Missing id.").max(40, "Unknown id.").regex(/^[a-z0-9]+$/i, "Unknown id.");

import type { FieldErrors, FieldValues } from "react-hook-form";

/**
 * The form-level error, unless it only repeats what a field already says (a taken handle,
 * a wrong current password): then the message beside the field is enough.
 */
export function distinctFormError<T extends FieldValues>(formError: string | null, errors: FieldErrors<T>): string | null {
  if (!formError) return null;
  const fieldMessages = Object.values(errors).map((error) => (error as { message?: unknown } | undefined)?.message);
  return fieldMessages.includes(formError) ? null : formError;
}

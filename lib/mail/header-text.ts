/**
 * Text that goes into a header (a subject, a display name): one line, no control characters.
 * nodemailer encodes header values too, but a CR or LF from a member's display name must never
 * reach a header as a line break, whatever the library does, so it is removed before.
 */
export function headerText(value: string, maxLength = 200): string {
  const oneLine = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
  return oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1).trimEnd()}…` : oneLine;
}

export const PASSWORD_MIN_LENGTH = 10;
/** Checked before hashing, in bytes: Argon2 would happily hash megabytes on every request. */
export const PASSWORD_MAX_BYTES = 256;

const COMMON_PASSWORDS = new Set([
  "password", "password1", "password12", "password123", "1234567890", "12345678910", "qwertyuiop",
  "qwerty1234", "iloveyou12", "letmein123", "welcome123", "passw0rd12", "abcdefghij", "0123456789",
  "1111111111", "football12", "monkey1234", "dragon1234", "baseball12", "sunshine12", "princess12",
]);

export function passwordByteLength(password: string): number {
  return new TextEncoder().encode(password).length;
}

/** Returns why `password` is too weak or too long, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (passwordByteLength(password) > PASSWORD_MAX_BYTES) return `Passwords can be at most ${PASSWORD_MAX_BYTES} bytes.`;
  if ([...password].length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return "That password is too common. Try a short sentence instead.";
  if (new Set(lower).size < 4) return "Use a password with more variety than that.";
  return null;
}

/** Returns a problem when the password is built from the account's own email or handle. */
export function personalPasswordProblem(password: string, context: { email?: string; handle?: string }): string | null {
  const lower = password.toLowerCase();
  const personal = [context.email?.split("@")[0], context.handle].filter((part): part is string => !!part && part.length >= 4);
  if (personal.some((part) => lower.includes(part.toLowerCase()))) {
    return "Don't build your password from your email or handle.";
  }
  return null;
}

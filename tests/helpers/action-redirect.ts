// Actions that succeed by redirecting (sign-up, sign-in, account deletion) don't return: Next's
// redirect() throws its NEXT_REDIRECT signal, which the action client passes through.
import { expect } from "vitest";

/**
 * Asserts that `pending` rejected with Next's redirect signal (digest
 * "NEXT_REDIRECT;replace;/path;307;") and returns where it sends the browser.
 */
export async function redirectOf(pending: Promise<unknown>): Promise<string> {
  const outcome = await pending.then(
    (value: unknown) => ({ redirected: false as const, value }),
    (error: unknown) => ({ redirected: true as const, error }),
  );
  if (!outcome.redirected) expect.fail(`expected a redirect, but the action returned ${JSON.stringify(outcome.value)}`);
  const digest = (outcome.error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT")) throw outcome.error;
  return digest.split(";").slice(2, -2).join(";");
}

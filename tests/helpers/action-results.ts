// Assertions on what a server action returns ({ ok: true, data } | { ok: false, error, fieldErrors? }),
// so a test reads as "this was allowed" / "this was refused, saying …".
import { expect } from "vitest";
import type { ActionResult } from "@/lib/action-result";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** The action succeeded; returns its data. Shows the refusal message when it didn't. */
export function expectOk<T>(result: ActionResult<T>): T {
  if (!result.ok) expect.fail(`expected the action to succeed, but it was refused: ${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result.data;
}

/** The action was refused, optionally with a message matching `message`; returns the failure. */
export function expectRefused(result: ActionResult<unknown>, message?: string | RegExp): Failure {
  if (result.ok) expect.fail(`expected the action to be refused, but it succeeded with ${JSON.stringify(result.data)}`);
  if (typeof message === "string") expect(result.error).toContain(message);
  else if (message) expect(result.error).toMatch(message);
  return result;
}

/** Refused by validation, with an error on `field`. */
export function expectFieldError(result: ActionResult<unknown>, field: string): Failure {
  const failure = expectRefused(result);
  expect(Object.keys(failure.fieldErrors ?? {}), `field errors: ${JSON.stringify(failure.fieldErrors)}`).toContain(field);
  return failure;
}

// Guesses sent all at once must meet the same per-account limit as guesses sent one by one:
// an attempt is reserved against the limit before its password is checked, so no more than the
// limit ever reach Argon2, and the account is locked once they have.
import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());
// The real Argon2 check, counted.
vi.mock("@/lib/passwords", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/passwords")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});

import { changePasswordAction } from "@/lib/actions/account";
import { verifyPassword } from "@/lib/passwords";
import { RATE_RULES } from "@/lib/rate-limit";
import { authorizeWithPassword, SignInRateLimited } from "@/lib/users/password-sign-in";
import { actAs } from "../helpers/acting-as";
import { expectRefused } from "../helpers/action-results";
import { requestFromAddress } from "../helpers/client-address";
import { createTestUser, TEST_PASSWORD } from "../helpers/fixtures";

const LIMIT = RATE_RULES.signInPerAccount.limit;

describe("concurrent password guesses", () => {
  it("checks at most the limit of 40 simultaneous wrong passwords, then refuses the right one too", async () => {
    const victim = await createTestUser({ withPassword: true });
    vi.mocked(verifyPassword).mockClear();

    // From 40 addresses, so the per-address limit plays no part.
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, (_, guess) =>
        authorizeWithPassword({ email: victim.email!, password: `guess number ${guess}` }, requestFromAddress(`198.51.100.${guess + 1}`)),
      ),
    );

    expect(vi.mocked(verifyPassword).mock.calls.length).toBeLessThanOrEqual(LIMIT);
    const checked = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const refused = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(checked).toHaveLength(LIMIT);
    expect(checked.every((outcome) => outcome.value === null)).toBe(true);
    expect(refused).toHaveLength(40 - LIMIT);
    for (const outcome of refused) expect(outcome.reason).toBeInstanceOf(SignInRateLimited);

    await expect(authorizeWithPassword({ email: victim.email!, password: TEST_PASSWORD }, requestFromAddress("198.51.100.99"))).rejects.toBeInstanceOf(
      SignInRateLimited,
    );
  });

  it("checks no more than the limit of current passwords sent at once from the settings page", async () => {
    const member = await createTestUser({ withPassword: true });
    actAs(member);
    vi.mocked(verifyPassword).mockClear();

    const results = await Promise.all(
      Array.from({ length: 20 }, (_, guess) => changePasswordAction({ currentPassword: `guess number ${guess}`, newPassword: "a brand new passphrase" })),
    );
    expect(vi.mocked(verifyPassword).mock.calls.length).toBeLessThanOrEqual(LIMIT);
    for (const result of results) expectRefused(result);
    expect(results.filter((result) => !result.ok && /Try again in/.test(result.error))).toHaveLength(20 - LIMIT);
    expectRefused(await changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: "a brand new passphrase" }), /Try again in/);
  });
});

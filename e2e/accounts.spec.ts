import { expect, test, type Page } from "@playwright/test";
import { saveScreenshot } from "./support/screenshots";

// Signing up, out, in and out again in a real browser, plus the two refusals people meet most:
// a wrong password (one generic message) and a taken handle (an error on that field).
// The tests share one new account, so they run in order.
test.describe.configure({ mode: "serial" });

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
const account = {
  name: "Ada Whitfield",
  handle: `ada-${run}`,
  email: `ada-${run}@example.com`,
  password: "a quiet evening at the pictures",
};
const GENERIC_REFUSAL = "That email and password don't match an account.";

const header = (page: Page) => page.getByRole("banner");
const accountMenuButton = (page: Page) => header(page).getByRole("button", { name: /account menu/i });

async function signOut(page: Page) {
  await accountMenuButton(page).click();
  await header(page).getByRole("button", { name: "Sign out" }).click();
  await expect(header(page).getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
  await expect(accountMenuButton(page)).toHaveCount(0);
}

test("sign up, sign out, sign in again and sign out", async ({ page }) => {
  test.setTimeout(90_000); // four full round trips, each hashing or checking a password
  await page.goto("/");
  await header(page).getByRole("link", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Create an account" })).toBeVisible();
  await page.getByLabel("Display name").fill(account.name);
  await page.getByLabel("Handle").fill(account.handle);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await saveScreenshot(page, "accounts-1-sign-up-filled");

  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(accountMenuButton(page)).toBeVisible();
  await expect(accountMenuButton(page)).toContainText(account.name);
  await saveScreenshot(page, "accounts-2-signed-up");

  // The menu is a keyboard-operable disclosure: Escape closes it and gives focus back.
  await accountMenuButton(page).click();
  await expect(accountMenuButton(page)).toHaveAttribute("aria-expanded", "true");
  await expect(header(page).getByRole("link", { name: "Your profile" })).toHaveAttribute("href", `/users/${account.handle}`);
  await expect(header(page).getByRole("link", { name: "Settings" })).toBeVisible();
  await expect(header(page).getByRole("link", { name: "Admin" })).toHaveCount(0);
  await saveScreenshot(page, "accounts-3-menu-open");
  await page.keyboard.press("Escape");
  await expect(accountMenuButton(page)).toHaveAttribute("aria-expanded", "false");
  await expect(accountMenuButton(page)).toBeFocused();

  await signOut(page);
  await saveScreenshot(page, "accounts-4-signed-out");

  // Signing in from a film page comes back to that page.
  await page.goto("/films/her");
  await header(page).getByRole("link", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Ffilms%2Fher$/);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await saveScreenshot(page, "accounts-5-sign-in-filled");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/films\/her$/);
  await expect(accountMenuButton(page)).toContainText(account.name);
  await saveScreenshot(page, "accounts-6-signed-in");

  await signOut(page);
  await saveScreenshot(page, "accounts-7-signed-out-again");
});

test("a wrong password and an unknown email get the same generic message", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill("not the right password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(GENERIC_REFUSAL)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(accountMenuButton(page)).toHaveCount(0);
  await saveScreenshot(page, "accounts-8-wrong-password");

  await page.getByLabel("Email").fill(`nobody-${run}@example.com`);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(GENERIC_REFUSAL)).toBeVisible();
  await expect(accountMenuButton(page)).toHaveCount(0);
});

test("signing up with a taken handle shows the error on the handle field", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Display name").fill("Someone Else");
  // Handles are case-insensitive: the upper-cased form is the same handle.
  await page.getByLabel("Handle").fill(account.handle.toUpperCase());
  await page.getByLabel("Email").fill(`someone-${run}@example.com`);
  await page.getByLabel("Password").fill("another long and quiet password");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.getByLabel("Handle")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Handle")).toHaveAccessibleDescription(/handle is taken/i);
  await expect(page).toHaveURL(/\/sign-up$/);
  await expect(accountMenuButton(page)).toHaveCount(0);
  await saveScreenshot(page, "accounts-9-taken-handle");
});

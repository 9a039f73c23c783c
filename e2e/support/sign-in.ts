import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

export interface Credentials {
  email: string;
  password: string;
}

/** A sign-in and the re-render after it hash or check a password: give them time on a slow machine. */
export const SIGN_IN_TIMEOUT = { timeout: 30_000 };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Signs in through the form on /sign-in and waits to be back at `path`. */
export async function signInThroughForm(page: Page, who: Credentials, path = "/"): Promise<void> {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(path)}(#.*)?$`), SIGN_IN_TIMEOUT);
}

/**
 * A browser context signed in as `who`. Signs in through the form once per person and reuses
 * the session cookie afterwards (Playwright's storage state), so a spec that opens many
 * contexts for one person pays for one password check.
 */
export async function signedInContext(browser: Browser, who: Credentials): Promise<BrowserContext> {
  let state = sessions.get(who.email);
  if (!state) {
    const context = await browser.newContext();
    await signInThroughForm(await context.newPage(), who);
    state = await context.storageState();
    sessions.set(who.email, state);
    await context.close();
  }
  return browser.newContext({ storageState: state });
}

const sessions = new Map<string, Awaited<ReturnType<BrowserContext["storageState"]>>>();

/** A page in a browser context of its own, signed in through the form and sent back to `callbackUrl`. */
export async function signIn(browser: Browser, who: Credentials, callbackUrl: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInThroughForm(page, who, callbackUrl);
  return page;
}

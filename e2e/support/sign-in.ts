import { expect, type Browser, type Page } from "@playwright/test";

/** A page in a browser context of its own, signed in through the form and sent back to `callbackUrl`. */
export async function signIn(browser: Browser, person: { email: string; password: string }, callbackUrl: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${callbackUrl.replace(/[/?]/g, "\\$&")}$`), { timeout: 30_000 });
  return page;
}

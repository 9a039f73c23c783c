import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Cookie, type Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createUser } from "@/lib/users/create-user";
import { saveScreenshot } from "./support/screenshots";

// Ending a session ends it for real: a copy of the old session cookie, replayed in another
// browser context afterwards (as someone who copied it would), is signed out. And strangers'
// wrong guesses can't lock an account's owner out of the browsers they have signed in on.
// Members are made directly in the test database and sign in through the form.
test.describe.configure({ mode: "serial" });

const PASSWORD = "every browser it was signed in on";
const NEW_PASSWORD = "a different evening at the pictures";
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
const SETTLED = { timeout: 30_000 };

let db: PrismaClient;
let reviewPath: string;
const contexts: BrowserContext[] = [];

function testDatabaseUrl(): string {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the browser tests with `npm run test:e2e`.");
  return url;
}

async function newMember(key: string) {
  const who = { name: `${key[0]!.toUpperCase()}${key.slice(1)} Sessions`, handle: `${key}-s-${run}`, email: `${key}-s-${run}@example.com` };
  await createUser({ ...who, password: PASSWORD }, db);
  return who;
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

/** A browser of its own, signed in through the form and landed on `path`. */
async function signIn(browser: Browser, email: string, path: string, password = PASSWORD): Promise<Page> {
  const page = await newPage(browser);
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[/?]/g, "\\$&")}$`), SETTLED);
  return page;
}

/** The session cookie as the browser holds it: what someone copying it would take. */
async function sessionCookieOf(page: Page): Promise<Cookie[]> {
  const cookies = (await page.context().cookies()).filter((cookie) => cookie.name.includes("authjs.session-token"));
  expect(cookies).not.toHaveLength(0);
  return cookies;
}

const header = (page: Page) => page.getByRole("banner");
const accountMenuButton = (page: Page) => header(page).getByRole("button", { name: /account menu/i });

/** A fresh browser carrying only `cookies`, checked signed out on a live page, a review page and the home page. */
async function expectReplaySignedOut(browser: Browser, cookies: Cookie[]) {
  const page = await newPage(browser);
  await page.context().addCookies(cookies);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings$/);
  for (const path of [reviewPath, "/"]) {
    await page.goto(path);
    await expect(header(page).getByRole("link", { name: "Sign in", exact: true })).toBeVisible(SETTLED);
    await expect(accountMenuButton(page)).toHaveCount(0);
  }
  return page;
}

async function expectSignedIn(page: Page) {
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
}

/** Every browser test signs in from one loopback address: start these with its allowance whole. */
async function resetAddressLimits() {
  await db.rateLimit.deleteMany({ where: { key: { startsWith: "sign-in:ip:" } } });
}

/** Wrong passwords sent by someone else, straight to Auth.js's endpoint, with no cookie of the owner's. */
async function strangerGuesses(request: APIRequestContext, email: string, count: number) {
  for (let guess = 0; guess < count; guess++) {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await request.post("/api/auth/callback/credentials", { form: { email, password: `a stranger's guess ${guess}`, csrfToken }, maxRedirects: 0 });
    expect(new URL(response.headers().location!).searchParams.get("code")).toBe("credentials");
  }
}

test.beforeAll(async () => {
  db = createPrismaClient(testDatabaseUrl());
  await resetAddressLimits();
  reviewPath = `/reviews/${(await db.review.findFirstOrThrow({ where: { state: "PUBLISHED" }, select: { id: true } })).id}`;
});

test.afterAll(async () => {
  await resetAddressLimits();
  for (const context of contexts) await context.close();
  await db.$disconnect();
});

test("signing out ends the session: a copy of its cookie is signed out", async ({ browser }) => {
  test.setTimeout(90_000);
  const member = await newMember("sol");
  const page = await signIn(browser, member.email, "/");
  const copied = await sessionCookieOf(page);

  await accountMenuButton(page).click();
  await header(page).getByRole("button", { name: "Sign out" }).click();
  await expect(header(page).getByRole("link", { name: "Sign in", exact: true })).toBeVisible(SETTLED);

  await expectReplaySignedOut(browser, copied);
});

test("sign out everywhere ends every session, and a copied cookie replayed in another browser is signed out", async ({ browser }) => {
  test.setTimeout(120_000);
  const member = await newMember("eve");
  const phone = await signIn(browser, member.email, "/");
  const laptop = await signIn(browser, member.email, "/settings");
  const copied = await sessionCookieOf(laptop);

  const section = laptop.getByRole("region", { name: "Where you're signed in" });
  await expect(section.getByText("You're signed in on 2 browsers or devices: this one and one other.")).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await saveScreenshot(laptop, "sessions-1-settings-1280");
  await laptop.setViewportSize({ width: 390, height: 844 });
  await saveScreenshot(laptop, "sessions-2-settings-390");
  await laptop.setViewportSize({ width: 1280, height: 720 });

  await section.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptop).toHaveURL(/\/sign-in\?signed-out=everywhere$/, SETTLED);
  await expect(laptop.getByRole("status")).toHaveText(/signed out everywhere/);
  await expect(accountMenuButton(laptop)).toHaveCount(0);
  await saveScreenshot(laptop, "sessions-3-signed-out-everywhere-1280");
  await laptop.setViewportSize({ width: 390, height: 844 });
  await saveScreenshot(laptop, "sessions-4-signed-out-everywhere-390");

  // The laptop's cookie, copied before, in a browser of its own: signed out.
  await expectReplaySignedOut(browser, copied);
  // And the phone, which never clicked anything, is signed out on its next page.
  await phone.goto("/settings");
  await expect(phone).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings$/);
});

test("a new password signs out every other browser and keeps this one signed in", async ({ browser }) => {
  test.setTimeout(120_000);
  const member = await newMember("pia");
  const other = await signIn(browser, member.email, "/");
  const copied = await sessionCookieOf(other);
  const here = await signIn(browser, member.email, "/settings");

  const password = here.getByRole("region", { name: "Password" });
  await password.getByLabel("Current password").fill(PASSWORD);
  await password.getByLabel("New password").fill(NEW_PASSWORD);
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByRole("status")).toHaveText("Password changed, and you're signed out on one other browser. This one stays signed in.", SETTLED);

  await expectSignedIn(here);
  await expectReplaySignedOut(browser, copied);
  await signIn(browser, member.email, "/settings", NEW_PASSWORD);
});

test("strangers' wrong guesses lock the account for new browsers, not for its owner's", async ({ browser, request }) => {
  test.setTimeout(120_000);
  const member = await newMember("lou");
  // The owner signed in on this browser before, and signed out since.
  const owners = await signIn(browser, member.email, "/");
  await accountMenuButton(owners).click();
  await header(owners).getByRole("button", { name: "Sign out" }).click();
  await expect(header(owners).getByRole("link", { name: "Sign in", exact: true })).toBeVisible(SETTLED);

  await strangerGuesses(request, member.email, 8);

  // A browser the account has never been used on is refused, and told why.
  const newBrowser = await newPage(browser);
  await newBrowser.goto("/sign-in");
  await newBrowser.getByLabel("Email").fill(member.email);
  await newBrowser.getByLabel("Password").fill(PASSWORD);
  await newBrowser.getByRole("button", { name: "Sign in" }).click();
  const alert = newBrowser.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("Too many wrong passwords have been tried for this email address", SETTLED);
  await expect(alert).toContainText("On a browser or device you've signed in with before, the right password works now.");
  await expect(accountMenuButton(newBrowser)).toHaveCount(0);
  await saveScreenshot(newBrowser, "sessions-5-sign-in-locked-1280");
  await newBrowser.setViewportSize({ width: 390, height: 844 });
  await saveScreenshot(newBrowser, "sessions-6-sign-in-locked-390");

  // The owner's browser signs in with the same password.
  await owners.goto("/sign-in?callbackUrl=%2Fsettings");
  await owners.getByLabel("Email").fill(member.email);
  await owners.getByLabel("Password").fill(PASSWORD);
  await owners.getByRole("button", { name: "Sign in" }).click();
  await expect(owners).toHaveURL(/\/settings$/, SETTLED);
});

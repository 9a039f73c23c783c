import { expect, test, type Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createPerson, type Person } from "./support/site-fixtures";
import { signIn } from "./support/sign-in";
import { openTestDatabase } from "./support/test-database";

// The header's account end after in-app navigation (issue 15, item 18). A member's first page is
// often a shared one (lib/page-cache/shared-routes.ts), rendered for nobody in particular, whose header
// the viewer layer fills in. Following a link from there to a page rendered per request (/admin,
// /settings, /notifications, /users/…, /search) must still show the member's bell and account
// menu, never "Sign in / Sign up"; and so must going back.
const REVIEW_SLUG = "alone-yet-not-alone-technology-and-her";
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

let db: PrismaClient;
let moderator: Person;
let reviewPath: string;
let page: Page;

const header = () => page.getByRole("banner");
const accountMenuButton = () => header().getByRole("button", { name: /account menu/i });

/** The member's header: their bell and menu, and no way to sign in. */
async function expectMemberHeader(where: string): Promise<void> {
  await expect(accountMenuButton(), `the account menu on ${where}`).toContainText(moderator.name);
  await expect(header().getByRole("link", { name: /^Notifications, / }), `the bell on ${where}`).toBeVisible();
  await expect(header().getByRole("link", { name: "Sign in", exact: true }), where).toHaveCount(0);
  await expect(header().getByRole("link", { name: "Sign up" }), where).toHaveCount(0);
}

/** Opens `path` as a document load; it must be the page members share. */
async function openSharedPage(path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.headers()["x-nextjs-cache"], `${path} is a shared page`).toMatch(/^(HIT|MISS|STALE|REVALIDATED)$/);
  await expectMemberHeader(path);
  // Marks this document: a client-side navigation keeps it, a full load would not.
  await page.evaluate(() => ((window as unknown as { documentMark: string }).documentMark = "kept"));
}

async function expectSameDocument(): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { documentMark?: string }).documentMark), "a client-side navigation").toBe("kept");
}

async function followMenuLink(name: string): Promise<void> {
  await accountMenuButton().click();
  await header().getByRole("link", { name, exact: true }).click();
}

test.beforeAll(async () => {
  db = openTestDatabase();
  moderator = await createPerson(db, run, "hdr-mod", "Hedda Moderator", "MODERATOR");
  reviewPath = `/reviews/${(await db.review.findUniqueOrThrow({ where: { slug: REVIEW_SLUG }, select: { id: true } })).id}`;
});

test.afterAll(async () => {
  await page?.context().close();
  await db?.$disconnect();
});

test("a member keeps their bell and account menu from shared pages to live ones and back", async ({ browser }) => {
  test.setTimeout(180_000);
  // Signing in on /sign-in (a live page, rendered for a signed-out reader) and landing on another live page.
  page = await signIn(browser, moderator, "/settings");
  await expectMemberHeader("/settings, right after signing in");

  // Home → /admin.
  await openSharedPage("/");
  await followMenuLink("Admin");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByText(`@${moderator.handle} · Moderator`)).toBeVisible();
  await expectSameDocument();
  await expectMemberHeader("/admin, reached from the home page");

  // Home → /settings.
  await openSharedPage("/");
  await followMenuLink("Settings");
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectSameDocument();
  await expectMemberHeader("/settings, reached from the home page");

  // Film page → /notifications, by the bell.
  await openSharedPage("/films/her");
  await header().getByRole("link", { name: /^Notifications, / }).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectSameDocument();
  await expectMemberHeader("/notifications, reached from a film page");

  // Review page → /users/<handle>, then back to the review.
  await openSharedPage(reviewPath);
  await followMenuLink("Your profile");
  await expect(page).toHaveURL(new RegExp(`/users/${moderator.handle}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectSameDocument();
  await expectMemberHeader("the profile, reached from a review page");
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${reviewPath}$`));
  await expectSameDocument();
  await expectMemberHeader("the review page, gone back to");

  // Review page → /search, and back.
  await header().getByRole("link", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectSameDocument();
  await expectMemberHeader("/search, reached from a review page");
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${reviewPath}$`));
  await expectSameDocument();
  await expectMemberHeader("the review page, gone back to from /search");

  // Live → live → shared: the films index after /settings.
  await followMenuLink("Settings");
  await expect(page).toHaveURL(/\/settings$/);
  await expectMemberHeader("/settings, reached from a review page");
  await header().getByRole("link", { name: "Films" }).click();
  await expect(page).toHaveURL(/\/films$/);
  await expectSameDocument();
  await expectMemberHeader("the films index, reached from /settings");
});

import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createUser } from "@/lib/users/create-user";
import { saveScreenshot } from "./support/screenshots";

// Bringing a WordPress blog over, in the browser: an admin uploads a real WordPress export at
// /admin/import, reads the preview, gives a post its film, imports, and reads the report; the
// review then shows its imported thread, old links answer 301 to it, and a member whose
// verified address wrote comments there claims them. Non-admins never reach the page.
test.describe.configure({ mode: "serial" });

const FIXTURES = path.resolve(import.meta.dirname, "../tests/fixtures/wordpress");
const PASSWORD = "bring the whole blog over";
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
const people = {
  admin: { handle: `ada-${run}`, email: `ada-${run}@example.com`, name: "Ada Admin", role: "ADMIN" as const },
  moderator: { handle: `mo-${run}`, email: `mo-${run}@example.com`, name: "Mo Moderator", role: "MODERATOR" as const },
  // Sam O'Neill commented on Reel Thoughts as sam@example.com; this member verified that address.
  sam: { handle: `sam-${run}`, email: "sam@example.com", name: "Sam", role: "USER" as const },
};
const SIZES = [
  { name: "1280", width: 1280, height: 900 },
  { name: "390", width: 390, height: 844 },
];

let db: PrismaClient;

test.beforeAll(async () => {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the browser tests with `npm run test:e2e`.");
  db = createPrismaClient(url);
  for (const person of Object.values(people)) {
    await createUser({ ...person, password: PASSWORD, ...(person === people.sam && { emailVerified: new Date() }) }, db);
  }
});

test.afterAll(async () => {
  await db?.$disconnect();
});

async function signIn(browser: Browser, person: { email: string }, callbackUrl: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${callbackUrl.replace(/[/?]/g, "\\$&")}$`), { timeout: 30_000 });
  return page;
}

/** The page at both widths, for a person to look at. */
async function screenshots(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await saveScreenshot(page, `wordpress-${name}-${size.name}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("the import page is for admins only", async ({ page, browser }) => {
  const response = await page.goto("/admin/import");
  expect(response?.url()).toContain(`/sign-in?callbackUrl=${encodeURIComponent("/admin/import")}`);
  const moderator = await signIn(browser, people.moderator, "/admin");
  expect((await moderator.goto("/admin/import"))?.status()).toBe(404);
  await expect(moderator.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Import" })).toHaveCount(0);
  const upload = await moderator.request.post("/api/admin/imports", { data: "<rss/>", headers: { origin: new URL(moderator.url()).origin } });
  expect(upload.status()).toBe(403);
  await moderator.context().close();
});

test("an admin uploads a WordPress export, previews it, chooses a film, imports it and reads the report", async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await signIn(browser, people.admin, "/admin");
  await admin.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Import" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Import from WordPress" })).toBeVisible();
  await expect(admin.getByText("No uploads yet")).toBeVisible();
  await screenshots(admin, "1-empty");

  // A file that isn't an export is refused on the spot, and nothing is kept.
  await admin.getByLabel("WordPress export").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("Title,Author\nHer,Chris\n") });
  await admin.getByRole("button", { name: "Upload and preview" }).click();
  await expect(admin.getByRole("alert").filter({ hasText: "isn't an XML file" })).toBeVisible();
  await screenshots(admin, "2-refused");

  // The real export: read through for the preview.
  await admin.getByLabel("WordPress export").setInputFiles(path.join(FIXTURES, "reelthoughts.xml"));
  await admin.getByRole("button", { name: "Upload and preview" }).click();
  await expect(admin).toHaveURL(/\/admin\/import\/[a-z0-9]+$/, { timeout: 30_000 });
  await expect(admin.getByRole("heading", { name: "Posts and their films" })).toBeVisible({ timeout: 60_000 });
  await expect(admin.getByRole("heading", { level: 1, name: "Reel Thoughts" })).toBeVisible();
  const posts = admin.getByRole("table", { name: "Posts in the export" });
  const lost = posts.getByRole("row").filter({ hasText: "Lost in Translation and the loneliness of hotels" });
  await expect(lost).toContainText("none of its tags or categories is a film's title");
  await expect(posts.getByRole("row").filter({ hasText: "Her: a love story for the age of the operating system" })).toContainText("by tag");
  await expect(admin.getByRole("table", { name: "Authors in the export" })).toContainText("Mara Lindqvist");
  await expect(admin.getByRole("heading", { name: /Problems/ })).toBeVisible();
  await expect(admin.getByText(/Comment 27 is in a loop of replies/)).toBeVisible();
  await screenshots(admin, "3-preview");

  // The admin gives the unmatched post a film; the counts follow.
  await lost.getByRole("combobox").selectOption({ label: "Her (2014)" });
  await expect(lost).toContainText("your choice");
  const importButton = admin.getByRole("button", { name: /^Import \d+ reviews and \d+ comments$/ });
  await expect(importButton).toHaveText("Import 6 reviews and 35 comments");

  await importButton.click();
  await expect(admin.getByText(/^Imported 6 reviews and 35 comments in/)).toBeVisible({ timeout: 90_000 });
  await expect(admin.getByText("4 held comments wait in the moderation queue")).toBeVisible();
  await screenshots(admin, "4-report");

  // The resulting thread on the review page.
  await admin.getByRole("table", { name: "Reviews this import made or added to" }).getByRole("link", { name: "Her: a love story for the age of the operating system" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Her: a love story for the age of the operating system" })).toBeVisible();
  await admin.context().close();
});

test("readers see the imported thread, and old links lead to it", async ({ page, request }) => {
  const post = await db.wordPressPost.findFirstOrThrow({ where: { postId: 5, site: { url: "reelthoughts.example" } } });
  const reviewPath = `/reviews/${post.reviewId}`;

  // /?p=5 and the permalink answer 301 to the review, before the home page could answer.
  for (const old of ["/?p=5", "/2014/01/20/her-a-love-story/"]) {
    const response = await request.get(old, { maxRedirects: 0 });
    expect(response.status(), old).toBe(301);
    expect(response.headers().location, old).toBe(reviewPath);
  }

  await page.goto("/2014/01/20/her-a-love-story/");
  await expect(page).toHaveURL(new RegExp(`${reviewPath}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Her: a love story for the age of the operating system" })).toBeVisible();
  await expect(page.getByText("Mara Lindqvist").first()).toBeVisible();
  const thread = page.locator("#comment-2");
  await expect(thread).toContainText("Chris");
  // Replies nest under their parents; past the reply depth the thread continues on its own page.
  await expect(page.locator('[id="comment-3"]')).toBeVisible();
  await expect(page.getByRole("link", { name: /Continue this thread/ }).first()).toBeVisible();
  // Held, trashed and spam comments, and pingbacks, show to nobody.
  await expect(page.getByText("Hearts & Minds Film Blog")).toHaveCount(0);
  await screenshots(page, "5-review");

  // An old link to a comment deeper than the page shows lands on that comment's own page.
  await page.goto("/2014/01/20/her-a-love-story/#comment-10");
  await expect(page).toHaveURL(/\/comments\/[a-z0-9]+#c-/, { timeout: 15_000 });
  await expect(page.locator("#comment-10")).toBeVisible();
});

test("a member whose verified address wrote comments there claims them from their settings", async ({ browser }) => {
  const member = await signIn(browser, people.sam, "/settings");
  const section = member.getByRole("region", { name: "Your writing from WordPress" });
  await expect(section).toContainText("“Sam O'Neill”");
  await expect(section).toContainText("5 comments you can claim");
  await screenshots(member, "6-claim");
  await section.getByRole("button", { name: `Claim them as @${people.sam.handle}` }).click();
  await expect(section.getByRole("status")).toContainText(`Claimed 5 comments: they now show under @${people.sam.handle}.`);

  const post = await db.wordPressPost.findFirstOrThrow({ where: { postId: 19, site: { url: "reelthoughts.example" } } });
  await member.goto(`/reviews/${post.reviewId}`);
  await expect(member.locator("#comment-49")).toContainText(people.sam.name);
  await expect(member.locator("#comment-49").getByRole("link", { name: people.sam.name })).toHaveAttribute("href", `/users/${people.sam.handle}`);
  await member.context().close();
});

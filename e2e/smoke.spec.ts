import { expect, test } from "@playwright/test";
import { saveScreenshot } from "./support/screenshots";

// A guest's first visit: the seeded film and reviews are there, a review reads in full with
// its imported reader comment, and an unknown review is a real 404.
const REVIEW_TITLE = "Alone Yet Not Alone: Technology & ‘HER’";
const SEEDED_REVIEWS = 5;

test("a guest reaches a seeded review and its comment from the home page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Her", exact: true }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: REVIEW_TITLE })).toBeVisible();
  const reviewLinks = page.locator('main a[href^="/reviews/"]');
  await expect.poll(() => reviewLinks.count()).toBeGreaterThanOrEqual(SEEDED_REVIEWS);
  await saveScreenshot(page, "smoke-1-home");

  await page.locator('main a[href="/films/her"]').first().click();
  await expect(page).toHaveURL(/\/films\/her$/);
  await expect(page.getByRole("heading", { level: 1, name: "Her" })).toBeVisible();
  await saveScreenshot(page, "smoke-2-film");

  await page.getByRole("link", { name: REVIEW_TITLE }).click();
  await expect(page).toHaveURL(/\/reviews\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: REVIEW_TITLE })).toBeVisible();
  // The seed names no author for this review: the credit says so instead of inventing one.
  await expect(page.getByText(/unknown blogger/i).first()).toBeVisible();
  await expect(page.getByText(/one of those emotionally compromising films/)).toBeVisible();

  const comment = page.locator('[id^="c-"]').filter({ hasText: "The safety pin so that the cell phone" });
  await expect(comment).toHaveCount(1);
  await expect(comment).toBeVisible();
  await expect(comment.getByText("Mai", { exact: true })).toBeVisible();
  await saveScreenshot(page, "smoke-3-review");

  // Another order of the comments is its own cached page for signed-out readers, and says so.
  await page.getByRole("navigation", { name: "Sort comments" }).getByRole("link", { name: "Newest" }).click();
  await expect(page).toHaveURL(/\?sort=newest#comments$/);
  await expect(page.getByRole("navigation", { name: "Sort comments" }).getByRole("link", { name: "Newest" })).toHaveAttribute("aria-current", "true");
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Sort comments" }).getByRole("link", { name: "Newest" })).toHaveAttribute("aria-current", "true");
  await expect(comment).toHaveCount(1);
});

test("an unknown review is a 404 page", async ({ page }) => {
  const response = await page.goto("/reviews/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(/not found/i);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await saveScreenshot(page, "smoke-4-not-found");
});

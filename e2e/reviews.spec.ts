import { expect, test, type Locator, type Page } from "@playwright/test";
import { saveScreenshot } from "./support/screenshots";

// Posting a review end to end, as a new member: rate Her 4.5 stars from the keyboard, write a
// text with an inline spoiler, post it, see it and the community score on the film page,
// reveal the spoiler, edit the review, and read what changed in its history.

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
const member = {
  name: "Theo Reviewer",
  handle: `theo-${run}`,
  email: `theo-${run}@example.com`,
  password: "letters written for other people",
};
const review = {
  title: `Quietly devastating ${run}`,
  body: "A patient film about loneliness.\n\nThe ending, when ||Samantha leaves with the other OSes||, stayed with me for days.",
  spoiler: "Samantha leaves with the other OSes",
};
const edited = {
  body: "A patient, generous film about loneliness and connection.\n\nThe ending, when ||Samantha leaves with the other OSes||, stayed with me for weeks.",
};

const communityScore = (page: Page) => page.getByRole("region", { name: "Community" });

/** "3 reviews" / "1 rating · 2 reviews" → the number of reviews. */
async function communityReviewCount(panel: Locator): Promise<number> {
  const text = (await panel.locator("p").filter({ hasText: /\d+ reviews?$/ }).textContent()) ?? "";
  const match = /(\d+) reviews?$/.exec(text);
  if (!match) throw new Error(`No review count in the community score: ${text}`);
  return Number(match[1]);
}

test("a new member rates and reviews Her, then edits the review and reads its history", async ({ page }) => {
  test.setTimeout(120_000);

  // Signed out, the film page invites people to sign in; sign up from there and come back.
  await page.goto("/films/her");
  const countBefore = await communityReviewCount(communityScore(page));
  await page.getByRole("link", { name: "Create an account" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Create an account" })).toBeVisible();
  await page.getByLabel("Display name").fill(member.name);
  await page.getByLabel("Handle").fill(member.handle);
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password").fill(member.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/films\/her$/);
  await expect(page.getByRole("heading", { level: 1, name: "Her" })).toBeVisible();
  await saveScreenshot(page, "reviews-1-film-signed-in");

  // The form opens in place. The rating is a radio group: Tab in, End to 5 stars, ← to 4.5.
  await page.getByRole("button", { name: "Write a review" }).click();
  const rating = page.getByRole("radiogroup", { name: "Your rating" });
  await rating.getByRole("radio", { name: "0.5 stars" }).focus();
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowLeft");
  await expect(rating.getByRole("radio", { name: "4.5 stars" })).toHaveAttribute("aria-checked", "true");
  await expect(rating.getByRole("radio", { name: "4.5 stars" })).toBeFocused();
  await expect(page.getByText("4.5 stars", { exact: true })).toBeVisible();

  await page.getByLabel("Title (optional)").fill(review.title);
  await page.getByRole("textbox", { name: /Your review/ }).fill(review.body);
  await saveScreenshot(page, "reviews-2-form-filled");

  // The preview renders like the review page: the spoiler is already a hidden, revealable span.
  await page.getByRole("tab", { name: "Preview" }).click();
  await expect(page.getByRole("tabpanel").getByRole("button", { name: "Reveal spoiler" })).toBeVisible();
  await saveScreenshot(page, "reviews-3-preview");

  await page.getByRole("button", { name: "Post review" }).click();
  await expect(page).toHaveURL(/\/reviews\/[a-z0-9]+$/);
  const reviewUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name: review.title })).toBeVisible();
  await expect(page.getByRole("img", { name: "4.5 stars out of 5" }).first()).toBeVisible();
  await saveScreenshot(page, "reviews-4-posted");

  // On the film page: the review is listed, the community score counts it, and the member is
  // offered "Edit your review" instead of a second review.
  await page.getByRole("link", { name: /^Her \(\d{4}\)$/ }).click();
  await expect(page).toHaveURL(/\/films\/her$/);
  const score = communityScore(page);
  expect(await communityReviewCount(score)).toBe(countBefore + 1);
  if (countBefore === 0) await expect(score.getByRole("img", { name: "4.5 stars out of 5" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit your review" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Write a review" })).toHaveCount(0);
  const card = page.getByRole("article").filter({ has: page.getByRole("link", { name: review.title }) });
  await expect(card).toBeVisible();
  // The excerpt never gives the spoiler away.
  await expect(card).not.toContainText(review.spoiler);
  await saveScreenshot(page, "reviews-5-film-with-review");

  // The review page hides the spoiler until asked; Enter or a click reveals it.
  await card.getByRole("link", { name: review.title }).click();
  await expect(page).toHaveURL(reviewUrl);
  const spoiler = page.getByRole("button", { name: "Reveal spoiler" });
  await expect(spoiler).toHaveAttribute("aria-expanded", "false");
  await saveScreenshot(page, "reviews-6-spoiler-hidden");
  // Without JavaScript the spoiler can't be opened for good; it shows while focused.
  const noScript = await page.context().browser()!.newContext({ javaScriptEnabled: false, baseURL: new URL(reviewUrl).origin });
  const staticPage = await noScript.newPage();
  await staticPage.goto(reviewUrl);
  const hiddenSpoiler = staticPage.locator('[data-spoiler="hidden"]');
  const textColor = () => hiddenSpoiler.evaluate((element) => getComputedStyle(element).color);
  expect(await textColor()).toBe("rgba(0, 0, 0, 0)");
  await hiddenSpoiler.click();
  expect(await textColor()).not.toBe("rgba(0, 0, 0, 0)");
  await saveScreenshot(staticPage, "reviews-6b-spoiler-without-javascript");
  await noScript.close();

  await spoiler.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Reveal spoiler" })).toHaveCount(0);
  await expect(page.locator("[data-revealed]")).toHaveText(review.spoiler);
  await saveScreenshot(page, "reviews-7-spoiler-revealed");

  // Edit: a lower rating and longer text.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page).toHaveURL(/\/reviews\/[a-z0-9]+\/edit$/);
  await expect(page.getByRole("radio", { name: "4.5 stars" })).toHaveAttribute("aria-checked", "true");
  await page.getByRole("radio", { name: "3 stars" }).click();
  await page.getByRole("textbox", { name: /Your review/ }).fill(edited.body);
  await saveScreenshot(page, "reviews-8-editing");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(reviewUrl);
  await expect(page.getByRole("img", { name: "3 stars out of 5" }).first()).toBeVisible();
  await expect(page.getByText("edited", { exact: true })).toBeVisible();
  await saveScreenshot(page, "reviews-9-edited");

  // The history shows the rating change and the words added and removed.
  await page.getByRole("link", { name: "History" }).click();
  await expect(page).toHaveURL(/\/history$/);
  await expect(page.getByRole("heading", { level: 1, name: "Edit history" })).toBeVisible();
  await expect(page.getByText("4.5 → 3 stars")).toBeVisible();
  await expect(page.locator("ins").filter({ hasText: "generous" })).toBeVisible();
  await expect(page.locator("ins").filter({ hasText: "weeks" })).toBeVisible();
  await expect(page.locator("del").filter({ hasText: "days" })).toBeVisible();
  await saveScreenshot(page, "reviews-10-history");
});

import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createUser } from "@/lib/users/create-user";
import { saveScreenshot } from "./support/screenshots";
import { openTestDatabase } from "./support/test-database";

// Commenting end to end, as two members: Ada signs in from the review's prompt and replies to
// Mai's imported comment, Ben replies to Ada, Ada sees the nested thread, collapses it, edits
// her reply within the edit window, and finds Ben's reply in her notifications.
//
// Ada signs up through /sign-up; Ben is made directly in the test database (given as
// E2E_DATABASE_URL by `npm run test:e2e`), which keeps the run under the sign-ups-per-address
// limit, and signs in through the form. New members' first comments are held for a moderator
// by default, so the spec turns that rule off in the Setting table and puts the previous value
// back afterwards.
test.describe.configure({ mode: "serial" });

const REVIEW_TITLE = "Alone Yet Not Alone: Technology & ‘HER’";
const MAI_SAYS = "The safety pin so that the cell phone";
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
const PASSWORD = "a long night at the cinema";
const ada = { name: "Ada Reader", handle: `ada-c-${run}`, email: `ada-c-${run}@example.com` };
const ben = { name: "Ben Replier", handle: `ben-c-${run}`, email: `ben-c-${run}@example.com` };
const ADA_REPLY = `The pin is the film's whole idea in one prop (${run}).`;
const ADA_EDITED = `The pin is the whole film in one prop: Theodore makes room for her (${run}).`;
const BEN_REPLY = `Or it is just a practical joke about phone cameras (${run}).`;

/** A post or an edit is a server action plus a re-render of the thread: give it time on a slow machine. */
const SETTLED = { timeout: 30_000 };

let db: PrismaClient;
let reviewPath: string;
let previousHoldSetting: unknown;

/** A new member, signed up through the form, in a browser context of their own. */
async function signUp(browser: Browser, person: typeof ada): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Display name").fill(person.name);
  await page.getByLabel("Handle").fill(person.handle);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/$/, { timeout: 30_000 });
  return page;
}

/** Signs in through the form, coming back to `callbackUrl`. */
async function signIn(page: Page, person: typeof ada, callbackUrl: string): Promise<void> {
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${callbackUrl}(#.*)?$`), { timeout: 30_000 });
}

/** The comment (its <li id="c-…">) whose own text includes `text`, not one of its replies'. */
function commentWith(page: Page, text: string): Locator {
  return page.locator('li[id^="c-"]').filter({ has: page.locator(":scope > article", { hasText: text }) });
}
const ownArticle = (comment: Locator) => comment.locator(":scope > article");
const repliesToggle = (comment: Locator) => comment.locator(":scope > details > summary");

let adaPage: Page;
let benPage: Page;

test.beforeAll(async ({ browser }) => {
  db = openTestDatabase();
  const held = await db.setting.findUnique({ where: { key: "holdFirstTimePosters" } });
  previousHoldSetting = held?.value;
  await db.setting.upsert({ where: { key: "holdFirstTimePosters" }, create: { key: "holdFirstTimePosters", value: false }, update: { value: false } });

  adaPage = await signUp(browser, ada);
  await adaPage.context().clearCookies(); // Ada signs in again below, from the review
  await createUser({ ...ben, password: PASSWORD }, db);
  benPage = await (await browser.newContext()).newPage();
});

test.afterAll(async () => {
  if (previousHoldSetting === undefined) await db?.setting.deleteMany({ where: { key: "holdFirstTimePosters" } });
  else await db?.setting.update({ where: { key: "holdFirstTimePosters" }, data: { value: previousHoldSetting as boolean } });
  await db?.$disconnect();
  await adaPage?.context().close();
  await benPage?.context().close();
});

test("Ada signs in from the review and replies to Mai's comment", async () => {
  test.setTimeout(90_000);
  const page = adaPage;
  await page.goto("/");
  await page.getByRole("link", { name: REVIEW_TITLE }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: REVIEW_TITLE })).toBeVisible();
  reviewPath = new URL(page.url()).pathname;

  const comments = page.locator("#comments");
  await expect(comments.getByText(/Sign in to join the discussion/)).toBeVisible();
  await saveScreenshot(page, "comments-1-signed-out");
  await comments.getByRole("link", { name: "Sign in to comment" }).click();
  await signIn(page, ada, reviewPath);
  expect(new URL(page.url()).hash).toBe("#comments"); // back at the discussion, not the top of the review
  await expect(comments.getByLabel("Your comment")).toBeVisible();

  // Reply opens a form under Mai's comment; Escape closes it and gives focus back to Reply.
  const mai = commentWith(page, MAI_SAYS);
  await expect(mai).toHaveCount(1);
  const replyButton = ownArticle(mai).getByRole("button", { name: "Reply", exact: true });
  await replyButton.click();
  await expect(page.getByLabel("Your reply")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByLabel("Your reply")).toHaveCount(0);
  await expect(replyButton).toBeFocused();

  await replyButton.click();
  await page.getByLabel("Your reply").fill(ADA_REPLY);
  await saveScreenshot(page, "comments-2-reply-form");
  await page.getByRole("button", { name: "Post reply" }).click();

  // The thread re-renders in place and lands on the new reply, nested under Mai's.
  const reply = commentWith(page, ADA_REPLY);
  await expect(reply).toBeVisible(SETTLED);
  await expect(mai.locator(":scope > details > ol > li").filter({ hasText: ADA_REPLY })).toHaveCount(1);
  await expect(page).toHaveURL(/#c-[a-z0-9]+$/);
  await expect(reply).toBeFocused();
  await expect(ownArticle(reply).getByText(ada.name)).toBeVisible();
  await saveScreenshot(page, "comments-3-ada-replied");
});

test("Ben replies to Ada's reply", async () => {
  const page = benPage;
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(reviewPath)}`);
  await signIn(page, ben, reviewPath);
  const adasReply = commentWith(page, ADA_REPLY);
  await ownArticle(adasReply).getByRole("button", { name: "Reply", exact: true }).click();
  await page.getByLabel("Your reply").fill(BEN_REPLY);
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(adasReply.locator(":scope > details > ol > li").filter({ hasText: BEN_REPLY })).toBeVisible(SETTLED);
  await saveScreenshot(page, "comments-4-ben-replied");
});

test("Ada sees the nested thread and collapses it", async () => {
  const page = adaPage;
  await page.goto(reviewPath);
  const mai = commentWith(page, MAI_SAYS);
  const adasReply = commentWith(page, ADA_REPLY);
  const bensReply = commentWith(page, BEN_REPLY);
  // Mai → Ada → Ben, each one level deeper.
  await expect(mai.locator(":scope > details > ol > li > details > ol > li").filter({ hasText: BEN_REPLY })).toHaveCount(1);
  await expect(bensReply).toBeVisible();
  await saveScreenshot(page, "comments-5-nested-thread");

  // The summary says what it does, and how many replies the collapse hides.
  await expect(repliesToggle(adasReply)).toHaveAccessibleName("Collapse 1 reply");
  await repliesToggle(adasReply).click();
  await expect(bensReply).toBeHidden();
  await expect(repliesToggle(adasReply)).toHaveAccessibleName("1 reply hidden");

  await repliesToggle(mai).click();
  await expect(adasReply).toBeHidden();
  await expect(repliesToggle(mai)).toHaveAccessibleName(/^\d+ repl(y|ies) hidden$/);
  await saveScreenshot(page, "comments-6-collapsed");

  await repliesToggle(mai).click();
  await repliesToggle(adasReply).click();
  await expect(bensReply).toBeVisible();
});

test("Ada edits her reply within the edit window", async () => {
  const page = adaPage;
  const adasReply = commentWith(page, ADA_REPLY);
  await ownArticle(adasReply).getByRole("button", { name: "Edit", exact: true }).click();
  const editor = page.getByLabel("Edit your comment");
  await expect(editor).toHaveValue(ADA_REPLY);
  await editor.fill(ADA_EDITED);
  await saveScreenshot(page, "comments-7-editing");
  await page.getByRole("button", { name: "Save changes" }).click();

  const edited = commentWith(page, ADA_EDITED);
  await expect(edited).toBeVisible(SETTLED);
  await expect(ownArticle(edited).getByText("edited", { exact: true })).toBeVisible();
  await expect(commentWith(page, ADA_REPLY)).toHaveCount(0);
  // Ben's reply still hangs under the edited comment.
  await expect(edited.locator(":scope > details > ol > li").filter({ hasText: BEN_REPLY })).toHaveCount(1);
  await saveScreenshot(page, "comments-8-edited");
});

test("Ada is notified that Ben replied, and the notification leads to his reply", async () => {
  const page = adaPage;
  await page.goto("/notifications");
  const notification = page.getByRole("listitem").filter({ hasText: `${ben.name} replied to your comment on Her` });
  await expect(notification).toHaveCount(1);
  await expect(notification).toContainText(BEN_REPLY);
  await expect(notification.getByRole("button", { name: "Mark read" })).toBeVisible();
  await saveScreenshot(page, "comments-9-notifications");

  await notification.getByRole("link").click();
  await expect(page).toHaveURL(/\/comments\/[a-z0-9]+$/);
  const focused = page.locator('article[aria-current="true"]');
  await expect(focused).toContainText(BEN_REPLY);
  await expect(page.getByRole("link", { name: `${ada.name}’s comment` })).toBeVisible();
  await saveScreenshot(page, "comments-10-permalink");

  await page.goto("/notifications");
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByText("You're all caught up.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Mark read" })).toHaveCount(0);
});

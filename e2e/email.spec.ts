import { expect, test, type Page } from "@playwright/test";
import { applyCommentPublished, loadPublishedComment } from "@/lib/comments/publish-effects";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createUser } from "@/lib/users/create-user";
import { latestMailTo, linkIn } from "./support/mailbox";
import { saveScreenshot } from "./support/screenshots";

// Mail in a real browser, against the real SMTP server `npm run test:e2e` runs for the app:
// forgot password → the link from the mail → a new password → sign in; confirming an address
// from Settings; a notification's unsubscribe link; the admin's outbox and reset link.
// People are made directly in the test database (E2E_DATABASE_URL); no sign-ups.
test.describe.configure({ mode: "serial" });

const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
const OLD_PASSWORD = "the first password of many";
const NEW_PASSWORD = "a brand new sentence to remember";
const member = { name: "Rosa Lind", handle: `rosa-${run}`, email: `rosa-${run}@example.com` };
const admin = { name: "Ada Admin", handle: `ada-admin-${run}`, email: `ada-admin-${run}@example.com` };
const REVIEW_SLUG = "alone-yet-not-alone-technology-and-her";

let db: PrismaClient;
const ids: Record<string, string> = {};

test.beforeAll(async () => {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the browser tests with `npm run test:e2e`.");
  db = createPrismaClient(url);
  ids.member = (await createUser({ ...member, password: OLD_PASSWORD }, db)).id;
  ids.admin = (await createUser({ ...admin, password: OLD_PASSWORD, role: "ADMIN", emailVerified: new Date() }, db)).id;
});
test.afterAll(async () => {
  await db?.$disconnect();
});

/** Screenshots at a phone's width and a laptop's, to look at. */
async function shoot(page: Page, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
    await saveScreenshot(page, `email-${name}-${width}`);
  }
}

/** The same, in the dark theme (the site follows the system setting). */
async function shootDark(page: Page, name: string) {
  await page.emulateMedia({ colorScheme: "dark" });
  await shoot(page, `${name}-dark`);
  await page.emulateMedia({ colorScheme: "light" });
}

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("forgot password → the link in the mail → a new password → sign in", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  await shoot(page, "1-forgot-empty");

  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await shoot(page, "2-forgot-error");

  await page.getByLabel("Email").fill(member.email);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByText(`If an account uses ${member.email}`)).toBeVisible();
  await shoot(page, "3-forgot-sent");
  await shootDark(page, "3-forgot-sent");

  const mail = await latestMailTo(member.email, /^Reset your Marquee password$/);
  const link = linkIn(mail, `${new URL(page.url()).origin}/reset-password?token=`);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await expect(page.getByText(member.email)).toBeVisible();
  await page.getByLabel("New password").fill("short");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await shoot(page, "4-reset-error");

  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=done$/);
  await expect(page.getByText("Your password was changed. Sign in with the new one.")).toBeVisible();
  await shoot(page, "5-sign-in-after-reset");

  // The old password no longer works; the new one does.
  await signIn(page, member.email, OLD_PASSWORD);
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
  await signIn(page, member.email, NEW_PASSWORD);
  await expect(page.getByRole("banner").getByRole("button", { name: /account menu/i })).toBeVisible();

  // The link worked once.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "This link was already used" })).toBeVisible();
  await shoot(page, "6-reset-link-used");
  await page.getByRole("link", { name: "Send me a new reset link" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
});

test("confirm the address from Settings, then choose what is mailed", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/sign-in?callbackUrl=%2Fsettings");
  await signIn(page, member.email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/settings$/);
  const section = page.locator("#email");
  // The reset proved the address: it is confirmed already. Take it back to show the other state.
  await expect(section.getByText("Confirmed", { exact: true })).toBeVisible();
  await db.user.update({ where: { id: ids.member }, data: { emailVerified: null } });
  await page.reload();
  await expect(section.getByText("Not confirmed", { exact: true })).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await shoot(page, "7-settings-unconfirmed");

  await section.getByRole("button", { name: "Send a new link" }).click();
  await expect(section.getByText(`Sent. Check ${member.email} for a new link.`)).toBeVisible();
  const mail = await latestMailTo(member.email, /^Confirm your email address/);
  await page.goto(linkIn(mail, `${new URL(page.url()).origin}/verify-email?token=`));
  await expect(page.getByRole("heading", { level: 1, name: "Your address is confirmed" })).toBeVisible();
  await shoot(page, "8-address-confirmed");

  await page.getByRole("link", { name: "Go to your email settings" }).click();
  await expect(section.getByText("Confirmed", { exact: true })).toBeVisible();
  await section.getByRole("group", { name: "Comments on your reviews" }).getByLabel("Daily digest").check();
  await section.getByRole("button", { name: "Save email preferences" }).click();
  await expect(section.getByText("Saved.")).toBeVisible();
  await section.getByLabel("New email address").fill(admin.email);
  await section.getByLabel("Your password").fill(NEW_PASSWORD);
  await section.getByRole("button", { name: "Send a confirmation link" }).click();
  await expect(section.getByText("Another account uses that address.").first()).toBeVisible();
  await shoot(page, "9-settings-email-section");
  await shootDark(page, "9-settings-email-section");
  expect((await db.user.findUniqueOrThrow({ where: { id: ids.member } })).mailReviewComments).toBe("DAILY");
});

test("a reply's email unsubscribes in one click, without signing in", async ({ page }) => {
  test.setTimeout(60_000);
  // Rosa has a comment; someone replies to it: the app mails her (right away by default).
  const review = await db.review.findUniqueOrThrow({ where: { slug: REVIEW_SLUG }, select: { id: true } });
  const parent = await db.comment.create({ data: { reviewId: review.id, authorId: ids.member, body: "The letters scene says it all." } });
  await db.$transaction(async (tx) => applyCommentPublished(tx, await loadPublishedComment(tx, parent.id)));
  const reply = await db.comment.create({ data: { reviewId: review.id, authorId: ids.admin, parentId: parent.id, rootId: parent.id, depth: 1, body: "It really does — **especially** the last one." } });
  await db.$transaction(async (tx) => applyCommentPublished(tx, await loadPublishedComment(tx, reply.id)));

  const mail = await latestMailTo(member.email, /replied to your comment/);
  expect(mail.text).toContain("> It really does — especially the last one.");
  expect(mail.headerLines.find((header) => header.key === "list-unsubscribe-post")?.line).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  // What a mail provider's "Unsubscribe" button does (RFC 8058): a POST to the List-Unsubscribe
  // URL, without cookies.
  const oneClickUrl = mail.headerLines.find((header) => header.key === "list-unsubscribe")!.line.match(/<([^>]+)>/)![1]!;
  const oneClick = await page.request.post(oneClickUrl, { form: { "List-Unsubscribe": "One-Click" } });
  expect(oneClick.status()).toBe(200);
  expect((await db.user.findUniqueOrThrow({ where: { id: ids.member } })).mailReplies).toBe("OFF");
  await db.user.update({ where: { id: ids.member }, data: { mailReplies: "IMMEDIATE" } });
  // And the link in the message's text: a page with a button.
  await page.goto(linkIn(mail, `${process.env.BASE_URL}/unsubscribe?token=`));
  await expect(page.getByRole("heading", { level: 1, name: "Unsubscribe" })).toBeVisible();
  await expect(page.getByText("Replies to your comments")).toBeVisible();
  await shoot(page, "10-unsubscribe");
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByText("Done: you won't get these emails any more.")).toBeVisible();
  await shoot(page, "11-unsubscribed");
  expect((await db.user.findUniqueOrThrow({ where: { id: ids.member } })).mailReplies).toBe("OFF");

  await page.goto("/unsubscribe?token=forged.token");
  await expect(page.getByText("This unsubscribe link isn’t valid")).toBeVisible();
  await shoot(page, "12-unsubscribe-invalid");
});

test("an admin sees the outbox and can make a one-time reset link", async ({ page }) => {
  test.setTimeout(60_000);
  await db.mailMessage.create({ data: { kind: "notification", to: "gone@example.com", subject: "A message the server kept refusing", text: "", html: "", status: "FAILED", attempts: 10, lastError: "Message failed: 550 5.1.1 Mailbox unavailable" } });
  await page.goto("/sign-in?callbackUrl=%2Fadmin%2Fmail");
  await signIn(page, admin.email, OLD_PASSWORD);
  await expect(page).toHaveURL(/\/admin\/mail$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mail" })).toBeVisible();
  await expect(page.getByText("550 5.1.1 Mailbox unavailable")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "could not be delivered" })).toBeVisible();
  await shoot(page, "13-admin-mail-failed");
  await shootDark(page, "13-admin-mail-failed");
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByText("No failed mail")).toBeVisible();
  await page.getByRole("link", { name: "Sent" }).click();
  await expect(page.getByText("Reset your Marquee password").first()).toBeVisible();
  await shoot(page, "14-admin-mail-sent");

  await page.goto(`/admin/users/${ids.member}`);
  await page.getByRole("button", { name: "Make a one-time reset link" }).click();
  const field = page.getByLabel(/Reset link for @/);
  await expect(field).toHaveValue(/\/reset-password\?token=[A-Za-z0-9_-]{43}$/);
  await shoot(page, "15-admin-reset-link");
  const audit = await db.moderationAction.findFirst({ where: { action: "user.reset-link", targetId: ids.member } });
  expect(audit?.actorId).toBe(ids.admin);
});

test("with “Require a verified email to post” on, an unconfirmed member is told why the forms are closed", async ({ page }) => {
  test.setTimeout(60_000);
  await db.setting.upsert({ where: { key: "requireVerifiedEmail" }, create: { key: "requireVerifiedEmail", value: true }, update: { value: true } });
  await db.user.update({ where: { id: ids.member }, data: { emailVerified: null } });
  const review = await db.review.findUniqueOrThrow({ where: { slug: REVIEW_SLUG }, select: { id: true } });
  try {
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(`/reviews/${review.id}`)}`);
    await signIn(page, member.email, NEW_PASSWORD);
    await expect(page.getByText("Confirm your email address to comment")).toBeVisible();
    await expect(page.getByRole("button", { name: "Send a new link" })).toBeVisible();
    await page.getByText("Confirm your email address to comment").scrollIntoViewIfNeeded();
    await shoot(page, "16-verify-to-comment");
    await page.goto("/films/her");
    await expect(page.getByText("Confirm your email address to review films")).toBeVisible();
    await shoot(page, "17-verify-to-review");
  } finally {
    await db.setting.delete({ where: { key: "requireVerifiedEmail" } });
  }
});

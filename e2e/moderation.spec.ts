import { expect, test, type Page } from "@playwright/test";
import { applyCommentPublished, loadPublishedComment } from "@/lib/comments/publish-effects";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createUser } from "@/lib/users/create-user";
import { saveScreenshot } from "./support/screenshots";
import { openTestDatabase } from "./support/test-database";
import { signIn } from "./support/sign-in";

// Moderating end to end: a member reports a comment from the review page, a moderator finds it
// in the queue with the reporter's reason and hides it with a reason of their own, readers stop
// seeing it (a signed-out reader's cached page included), the audit log records it, and undoing
// it from the log brings the comment back.
//
// A moderator can only be made by someone with database access (no default account ships, and
// roles are changed by admins), so the spec makes its people and the comment directly in the
// test database that `npm run test:e2e` created, given to it as E2E_DATABASE_URL.
test.describe.configure({ mode: "serial" });

const REVIEW_SLUG = "alone-yet-not-alone-technology-and-her";
const PASSWORD = "moderation is a public service";
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
const people = {
  moderator: { handle: `mod-${run}`, email: `mod-${run}@example.com`, name: "Morgan Moderator", role: "MODERATOR" as const },
  reporter: { handle: `rita-${run}`, email: `rita-${run}@example.com`, name: "Rita Reporter", role: "USER" as const },
  author: { handle: `troll-${run}`, email: `troll-${run}@example.com`, name: "Tom Troll", role: "USER" as const },
  bystander: { handle: `ben-${run}`, email: `ben-${run}@example.com`, name: "Ben Bystander", role: "USER" as const },
};
const COMMENT = `Anyone who cried at this film is an idiot, frankly (${run}).`;
const REPORT_DETAILS = "Insults everyone who liked the film";
const HIDE_REASON = "Insulting other readers is against the house rules";

let db: PrismaClient;
let reviewPath: string;
let commentId: string;

test.beforeAll(async () => {
  db = openTestDatabase();
  const created = Object.fromEntries(
    await Promise.all(Object.entries(people).map(async ([key, person]) => [key, await createUser({ ...person, password: PASSWORD }, db)] as const)),
  );
  const review = await db.review.findUniqueOrThrow({ where: { slug: REVIEW_SLUG }, select: { id: true } });
  reviewPath = `/reviews/${review.id}`;
  // A published comment, counted the way the app counts a posted one.
  const comment = await db.comment.create({ data: { reviewId: review.id, authorId: created.author!.id, body: COMMENT }, select: { id: true } });
  await db.$transaction(async (tx) => applyCommentPublished(tx, await loadPublishedComment(tx, comment.id)));
  commentId = comment.id;
});

test.afterAll(async () => {
  await db?.$disconnect();
});

const commentOnPage = (page: Page) => page.locator(`[id="c-${commentId}"]`);
const queueRow = (page: Page) => page.getByRole("row").filter({ hasText: COMMENT });

test("admin pages are for staff only", async ({ page, browser }) => {
  const response = await page.goto("/admin/queue?reason=abuse");
  expect(response?.url()).toContain(`/sign-in?callbackUrl=${encodeURIComponent("/admin/queue?reason=abuse")}`);
  const member = await signIn(browser, { ...people.bystander, password: PASSWORD }, "/");
  for (const path of ["/admin", "/admin/queue", "/admin/audit", "/admin/settings"]) {
    expect((await member.goto(path))?.status(), path).toBe(404);
  }
  await member.context().close();
});

test("a member reports a comment, a moderator hides it, and undoes it from the audit log", async ({ browser }) => {
  test.setTimeout(120_000);

  // 0. A signed-out reader has the review open: the page every signed-out reader shares,
  //    served from the page cache once rendered.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(reviewPath);
  await expect(commentOnPage(reader)).toContainText(COMMENT);
  await expect.poll(async () => (await reader.reload())?.headers()["x-nextjs-cache"], { timeout: 20_000 }).toBe("HIT");

  // 1. A member reports the comment from the review page.
  const reporter = await signIn(browser, { ...people.reporter, password: PASSWORD }, reviewPath);
  await expect(commentOnPage(reporter)).toContainText(COMMENT);
  await commentOnPage(reporter).getByRole("button", { name: "Report this comment" }).click();
  const reportDialog = reporter.getByRole("dialog", { name: "Report this comment" });
  await reportDialog.getByRole("radio", { name: /Abuse/ }).check();
  await reportDialog.getByLabel(/Anything else a moderator should know/).fill(REPORT_DETAILS);
  await reportDialog.getByRole("button", { name: "Send report" }).click();
  await expect(reporter.getByText("Thanks — a moderator will look at it.")).toBeVisible();
  await reporter.context().close();

  // 2. The moderator opens /admin, finds the comment in the queue with its reason, and hides it.
  const moderator = await signIn(browser, { ...people.moderator, password: PASSWORD }, "/admin");
  await expect(moderator.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(moderator.getByRole("link", { name: /Open reports\s*[1-9]/ })).toBeVisible();
  await saveScreenshot(moderator, "moderation-1-dashboard");

  await moderator.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: /Queue/ }).click();
  await expect(moderator.getByRole("heading", { level: 1, name: "Queue" })).toBeVisible();
  const row = queueRow(moderator);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("1 open report");
  await expect(row).toContainText(`Abuse: “${REPORT_DETAILS}”`);
  await expect(row).toContainText(`by @${people.reporter.handle}`);
  await saveScreenshot(moderator, "moderation-2-queue");

  await row.getByRole("button", { name: /^Hide/ }).click();
  const hideDialog = moderator.getByRole("dialog", { name: "Hide this comment?" });
  await hideDialog.getByRole("button", { name: "Hide comment" }).click();
  await expect(hideDialog.getByText("Give a reason: the author will see it.")).toBeVisible(); // no reason, no hiding
  await hideDialog.getByLabel("Reason").fill(HIDE_REASON);
  await hideDialog.getByRole("button", { name: "Hide comment" }).click();
  await expect(moderator.getByRole("status").getByText("Comment hidden.")).toBeVisible();
  await expect(moderator.getByRole("status").getByRole("button", { name: "Undo" })).toBeVisible();
  await expect(queueRow(moderator)).toHaveCount(0); // dealt with: its report is resolved

  // 3. Readers no longer see it, cached page or not.
  await reader.reload();
  await expect(reader.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(reader.getByText(COMMENT)).toHaveCount(0);

  // 4. The audit log shows who hid what, and why.
  await moderator.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Audit log" }).click();
  const hide = await db.moderationAction.findFirstOrThrow({ where: { targetId: commentId, action: "comment.hide" }, select: { id: true } });
  const entry = moderator.locator(`tr[id="audit-${hide.id}"]`);
  await expect(entry).toContainText("Hid comment");
  await expect(entry).toContainText(HIDE_REASON);
  await expect(entry).toContainText(`@${people.moderator.handle}`);
  await expect(entry).toContainText("PUBLISHED");
  await expect(entry).toContainText("HIDDEN");
  await saveScreenshot(moderator, "moderation-3-audit-log");

  // 5. The moderator undoes it from the log, and the comment is back for readers.
  await entry.getByRole("button", { name: /^Undo/ }).click();
  await expect(moderator.getByRole("status").getByText("Undone: it's back as it was.")).toBeVisible();
  await expect(entry).toContainText("Undone");
  await expect(entry.getByRole("button", { name: /^Undo/ })).toHaveCount(0);
  await expect(moderator.getByRole("row").filter({ hasText: "Undid: hid comment" }).filter({ hasText: COMMENT.slice(0, 20) })).toHaveCount(1);
  await saveScreenshot(moderator, "moderation-4-audit-log-undone");

  await reader.reload();
  await expect(commentOnPage(reader)).toContainText(COMMENT);
  const stored = await db.comment.findUniqueOrThrow({ where: { id: commentId }, select: { state: true, stateReason: true } });
  expect(stored).toEqual({ state: "PUBLISHED", stateReason: null });
  await Promise.all([moderator.context().close(), reader.context().close()]);
});

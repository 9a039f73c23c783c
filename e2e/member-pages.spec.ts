import { expect, test, type Browser, type Locator, type Page, type Response } from "@playwright/test";
import { applyCommentPublished, loadPublishedComment } from "@/lib/comments/publish-effects";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createUser } from "@/lib/users/create-user";
import { saveScreenshot } from "./support/screenshots";
import { openTestDatabase } from "./support/test-database";

// Members share cached pages: a signed-in member's home, film and review pages are one
// rendering every member gets (/shared/member/…, chosen by proxy.ts), and the browser fills in
// what is personal from GET /api/viewer (the viewer layer). These flows check the personal
// part lands where it should: the member's own comments and votes on a review, their review
// panel on a film page. And that the pages that can't be shared are rendered for the member
// alone: a held comment only its author sees, a suspended member's page. A session cookie that
// doesn't decrypt gets the signed-out page.
//
// People, comments and reviews are made directly in the test database (E2E_DATABASE_URL, given
// by `npm run test:e2e`); everyone signs in through the form. No sign-ups, so the run stays well
// under the sign-ups-per-address limit.
test.describe.configure({ mode: "serial" });

const REVIEW_SLUG = "alone-yet-not-alone-technology-and-her";
const REVIEW_TITLE = "Alone Yet Not Alone: Technology & ‘HER’";
const MAI_SAYS = "The safety pin so that the cell phone"; // the review's imported comment
const FILM = { slug: "her", title: "Her" };
const PASSWORD = "the shared page and the personal layer";
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

function person(key: string, name: string) {
  return { name, handle: `${key}-m-${run}`, email: `${key}-m-${run}@example.com` };
}
const people = {
  olive: person("olive", "Olive Owncomment"), // comments on the review, upvotes Otto
  otto: person("otto", "Otto Other"), // another member who commented
  hana: person("hana", "Hana Heldback"), // posts a first comment that is held
  bea: person("bea", "Bea Bystander"), // a member who must not see Hana's held comment
  sam: person("sam", "Sam Suspended"),
  wendy: person("wendy", "Wendy Watcher"), // has not reviewed Her
  pat: person("pat", "Pat Pending"), // has a review of Her, waiting for a moderator
};
type Person = (typeof people)[keyof typeof people];

const OLIVE_SAYS = `Her pastel future looks kinder than ours, which is the sad part (${run}).`;
const OTTO_SAYS = `The letters Theodore writes for strangers are the film's real love story (${run}).`;
const HANA_SAYS = `First time here: the beach scene made me call my sister (${run}).`;
const BAN_REASON = "Posted the ending in every thread";

/** A post, a vote or a page swap is a server action plus a re-render: give it time on a slow machine. */
const SETTLED = { timeout: 30_000 };

let db: PrismaClient;
let reviewId: string;
let reviewPath: string;
let filmId: string;
const userIds: Partial<Record<keyof typeof people, string>> = {};
const commentIds: { olive?: string; otto?: string } = {};
const pages: Page[] = [];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A page in a browser context of its own, signed in through the form and back at `path`. */
async function signIn(browser: Browser, who: Person, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  pages.push(page);
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(path)}(#.*)?$`), SETTLED);
  return page;
}

/** A signed-out reader's page, in a context of its own. */
async function signedOutPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  pages.push(page);
  return page;
}

/** Resolves with the viewer layer's response for this review (or film), once the page asks for it. */
function viewerLayerResponse(page: Page, scope: { review: string } | { film: string }): Promise<Response> {
  const [key, value] = Object.entries(scope)[0]!;
  return page.waitForResponse((response) => {
    const url = new URL(response.url());
    return url.pathname === "/api/viewer" && url.searchParams.get(key) === value && response.request().method() === "GET";
  }, SETTLED);
}

const header = (page: Page) => page.getByRole("banner");
const accountMenuButton = (page: Page) => header(page).getByRole("button", { name: /account menu/i });
/** The comment (its <li id="c-…">) whose own text includes `text`, not one of its replies'. */
const commentWith = (page: Page, text: string): Locator =>
  page.locator('li[id^="c-"]').filter({ has: page.locator(":scope > article", { hasText: text }) });
const ownArticle = (comment: Locator) => comment.locator(":scope > article");
const button = (comment: Locator, name: string | RegExp) =>
  ownArticle(comment).getByRole("button", typeof name === "string" ? { name, exact: true } : { name });
const youBadge = (comment: Locator) => ownArticle(comment).locator(":scope > header").getByText("you", { exact: true });

/**
 * Whether the response is a shared page, rendered for an audience and kept in the page cache:
 * Next.js then says how the cache served it (a live page has no such header).
 */
function isSharedPage(response: Response | null): boolean {
  return /^(HIT|MISS|STALE|REVALIDATED)$/.test(response?.headers()["x-nextjs-cache"] ?? "");
}

/** The HTML a page's document response brought, before any script ran. */
async function documentHtml(response: Response | null): Promise<string> {
  expect(response, "the page's document response").not.toBeNull();
  expect(response!.status()).toBe(200);
  return response!.text();
}

/** A published comment, dated now (inside the edit window) and counted the way the app counts a posted one. */
async function publishedComment(authorId: string, body: string): Promise<string> {
  const comment = await db.comment.create({ data: { reviewId, authorId, body }, select: { id: true } });
  await db.$transaction(async (tx) => applyCommentPublished(tx, await loadPublishedComment(tx, comment.id)));
  return comment.id;
}

test.beforeAll(async () => {
  db = openTestDatabase();
  const review = await db.review.findUniqueOrThrow({ where: { slug: REVIEW_SLUG }, select: { id: true, state: true } });
  expect(review.state).toBe("PUBLISHED");
  reviewId = review.id;
  reviewPath = `/reviews/${review.id}`;
  filmId = (await db.film.findUniqueOrThrow({ where: { slug: FILM.slug }, select: { id: true } })).id;
  for (const [key, who] of Object.entries(people) as [keyof typeof people, Person][]) {
    userIds[key] = (await createUser({ ...who, password: PASSWORD }, db)).id;
  }
  commentIds.otto = await publishedComment(userIds.otto!, OTTO_SAYS);
  commentIds.olive = await publishedComment(userIds.olive!, OLIVE_SAYS);
});

test.afterAll(async () => {
  await Promise.all(pages.map((page) => page.context().close().catch(() => undefined)));
  await db?.$disconnect();
});

let olivePage: Page;

test("a member's own comment on the shared member page has the 'you' badge, Edit and Delete", async ({ browser }) => {
  test.setTimeout(90_000);
  olivePage = await signIn(browser, people.olive, "/");
  const page = olivePage;
  await expect(accountMenuButton(page)).toContainText(people.olive.name);

  const layer = viewerLayerResponse(page, { review: reviewId });
  const response = await page.goto(reviewPath);
  // The page came from the page cache shared by every member: Next.js says how the cache served
  // it, and its HTML holds nobody in particular (the header is a placeholder until the layer comes).
  expect(isSharedPage(response), "the member's review page is a shared page").toBe(true);
  const html = await documentHtml(response);
  expect(html).toContain("Loading your account");
  expect(html).not.toContain("account menu");
  expect(html).not.toContain('class="you"');

  // The viewer layer says which comments are Olive's, and the page applies it.
  const layerResponse = await layer;
  expect(layerResponse.status()).toBe(200);
  const body = (await layerResponse.json()) as { account: { handle: string } | null; review?: { ownComments: string[]; editableComments: Record<string, string> } };
  expect(body.account?.handle).toBe(people.olive.handle);
  expect(body.review?.ownComments).toContain(commentIds.olive);
  expect(body.review?.ownComments).not.toContain(commentIds.otto);
  expect(body.review?.editableComments).toEqual({ [commentIds.olive!]: OLIVE_SAYS }); // within the 15-minute window

  await expect(page.getByRole("heading", { level: 1, name: REVIEW_TITLE })).toBeVisible();
  await expect(accountMenuButton(page)).toContainText(people.olive.name);
  await expect(header(page).getByRole("link", { name: /^Notifications, / })).toBeVisible();
  await expect(header(page).getByText("Loading your account")).toHaveCount(0);
  await expect(page.getByLabel("Your comment")).toBeVisible(); // a member's form, on the shared page

  const own = commentWith(page, OLIVE_SAYS);
  await expect(own).toHaveCount(1);
  await expect(youBadge(own)).toBeVisible();
  await expect(button(own, "Edit")).toBeVisible();
  await expect(button(own, "Delete")).toBeVisible();
  await expect(button(own, "Reply")).toBeVisible();
  await expect(button(own, /^Report/)).toHaveCount(0);
  await expect(button(own, /^Upvote/)).toHaveCount(0); // nobody upvotes their own comment

  const others = commentWith(page, OTTO_SAYS);
  await expect(button(others, "Report this comment")).toBeVisible();
  await expect(button(others, /^Upvote/)).toBeVisible();
  await expect(button(others, /^Upvote/)).toHaveAttribute("aria-pressed", "false");
  await expect(youBadge(others)).toHaveCount(0);
  await expect(button(others, "Edit")).toHaveCount(0);
  await expect(button(others, "Delete")).toHaveCount(0);
  // The imported comment is nobody's here either.
  await expect(button(commentWith(page, MAI_SAYS), "Report this comment")).toBeVisible();
  await expect(youBadge(commentWith(page, MAI_SAYS))).toHaveCount(0);
  await own.scrollIntoViewIfNeeded();
  await saveScreenshot(page, "member-pages-1-own-comment");

  // Edit starts from the Markdown the viewer layer brought.
  await button(own, "Edit").click();
  await expect(page.getByLabel("Edit your comment")).toHaveValue(OLIVE_SAYS);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByLabel("Edit your comment")).toHaveCount(0);
  await expect(button(own, "Edit")).toBeVisible();
});

test("an upvote stays pressed, with its count, after a reload", async () => {
  test.setTimeout(90_000);
  const page = olivePage;
  await page.goto(reviewPath);
  const others = commentWith(page, OTTO_SAYS);
  const upvote = button(others, /^Upvote/);
  await expect(upvote).toBeVisible();
  // Wait for the layer: only then is the button's state Olive's.
  await expect(youBadge(commentWith(page, OLIVE_SAYS))).toBeVisible();
  await expect(upvote).toHaveAttribute("aria-pressed", "false");
  const before = Number(await upvote.textContent());
  expect(Number.isInteger(before)).toBe(true);

  await upvote.click();
  await expect(upvote).toHaveAttribute("aria-pressed", "true", SETTLED);
  await expect(upvote).toHaveText(String(before + 1));
  await expect(upvote).toHaveAccessibleName(`Upvote: ${before + 1} ${before + 1 === 1 ? "upvote" : "upvotes"}`);
  await expect
    .poll(() => db.vote.count({ where: { userId: userIds.olive!, commentId: commentIds.otto! } }), SETTLED)
    .toBe(1);
  // Let the refresh that follows the vote finish before reloading.
  await expect(upvote).toBeEnabled(SETTLED);

  const layer = viewerLayerResponse(page, { review: reviewId });
  await page.reload();
  await layer;
  await expect(youBadge(commentWith(page, OLIVE_SAYS))).toBeVisible();
  await expect(upvote).toHaveAttribute("aria-pressed", "true", SETTLED);
  await expect(upvote).toHaveText(String(before + 1));
  await saveScreenshot(page, "member-pages-2-upvoted");
});

test("a held first comment is shown to its author alone, and focused", async ({ browser }) => {
  test.setTimeout(120_000);
  const previous = await db.setting.findUnique({ where: { key: "holdFirstTimePosters" } });
  await db.setting.upsert({ where: { key: "holdFirstTimePosters" }, create: { key: "holdFirstTimePosters", value: true }, update: { value: true } });
  try {
    const page = await signIn(browser, people.hana, reviewPath);
    await expect(accountMenuButton(page)).toContainText(people.hana.name);
    await page.getByLabel("Your comment").fill(HANA_SAYS);
    await page.getByRole("button", { name: "Post comment" }).click();

    const held = commentWith(page, HANA_SAYS);
    await expect(held).toBeVisible(SETTLED);
    await expect
      .poll(async () => (await db.comment.findFirst({ where: { authorId: userIds.hana!, reviewId }, select: { state: true } }))?.state, SETTLED)
      .toBe("PENDING");
    const stored = await db.comment.findFirstOrThrow({ where: { authorId: userIds.hana!, reviewId }, select: { id: true } });
    await expect(held).toHaveAttribute("id", `c-${stored.id}`);
    await expect(ownArticle(held).getByRole("note")).toContainText("Only you can see this comment until a moderator approves it.");
    await expect(ownArticle(held).getByRole("note")).toContainText("Held for moderation: first comment from a new member.");
    await expect(youBadge(held)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#c-${stored.id}$`), SETTLED);
    await expect(held).toBeFocused(SETTLED);
    await expect(accountMenuButton(page)).toContainText(people.hana.name);
    await saveScreenshot(page, "member-pages-3-held-comment");

    // On a fresh load too: Hana's page is now rendered for her alone, with her held comment.
    const response = await page.goto(reviewPath);
    expect(isSharedPage(response), "Hana's review page is rendered live").toBe(false);
    const html = await documentHtml(response);
    expect(html).toContain(HANA_SAYS);
    expect(html).not.toContain("Loading your account");
    await expect(ownArticle(commentWith(page, HANA_SAYS)).getByRole("note")).toContainText("Only you can see this comment");

    // Another member, on the shared member page, doesn't see it.
    const bea = await signIn(browser, people.bea, reviewPath);
    await expect(accountMenuButton(bea)).toContainText(people.bea.name);
    await expect(button(commentWith(bea, MAI_SAYS), "Reply")).toBeVisible(); // hydrated, thread on screen
    await expect(commentWith(bea, OTTO_SAYS)).toHaveCount(1);
    await expect(bea.getByText(HANA_SAYS)).toHaveCount(0);
    await bea.reload();
    await expect(commentWith(bea, MAI_SAYS)).toHaveCount(1);
    await expect(bea.getByText(HANA_SAYS)).toHaveCount(0);

    // Nor does a signed-out reader.
    const reader = await signedOutPage(browser);
    const readerResponse = await reader.goto(reviewPath);
    expect(isSharedPage(readerResponse), "the signed-out reader's page is a shared page").toBe(true);
    const readerHtml = await documentHtml(readerResponse);
    expect(readerHtml).not.toContain(HANA_SAYS);
    await expect(commentWith(reader, MAI_SAYS)).toHaveCount(1);
    await expect(header(reader).getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
    await expect(reader.getByText(HANA_SAYS)).toHaveCount(0);
  } finally {
    if (previous === null) await db.setting.deleteMany({ where: { key: "holdFirstTimePosters" } });
    else await db.setting.update({ where: { key: "holdFirstTimePosters" }, data: { value: previous.value as boolean } });
  }
});

test("a suspended member gets the suspension notice instead of the comment form, and keeps their account menu", async ({ browser }) => {
  test.setTimeout(90_000);
  const bannedUntil = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
  await db.user.update({ where: { id: userIds.sam! }, data: { bannedAt: new Date(), bannedUntil, banReason: BAN_REASON } });

  const page = await signIn(browser, people.sam, "/");
  const response = await page.goto(reviewPath);
  // Rendered for Sam alone: the server already knows who he is.
  expect(isSharedPage(response), "a suspended member's review page is rendered live").toBe(false);
  const html = await documentHtml(response);
  expect(html).not.toContain("Loading your account");
  expect(html).toContain("suspended");

  await expect(page.getByRole("heading", { level: 1, name: REVIEW_TITLE })).toBeVisible();
  const notice = page.locator("#comments").getByRole("note").filter({ hasText: "You can't comment while your account is suspended" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("(until ");
  await expect(notice).toContainText(`Reason: ${BAN_REASON}`);
  await expect(page.getByLabel("Your comment")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Post comment" })).toHaveCount(0);
  await expect(accountMenuButton(page)).toContainText(people.sam.name);
  await expect(header(page).getByRole("link", { name: "Sign in", exact: true })).toHaveCount(0);
  // Once the page is hydrated (the menu opens), comments still offer him nothing to do.
  await accountMenuButton(page).click();
  await expect(accountMenuButton(page)).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Escape");
  const mai = commentWith(page, MAI_SAYS);
  await expect(mai).toHaveCount(1);
  await expect(button(mai, "Reply")).toHaveCount(0);
  await expect(button(mai, /^Upvote/)).toHaveCount(0);
  await expect(button(mai, /^Report/)).toHaveCount(0);
  await saveScreenshot(page, "member-pages-4-suspended");

  // The film page is the shared member page; the viewer layer tells it he is suspended.
  const layer = viewerLayerResponse(page, { film: FILM.slug });
  await page.goto(`/films/${FILM.slug}`);
  await layer;
  await expect(page.getByRole("heading", { name: "You can’t review films right now" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Write a review" })).toHaveCount(0);
  await expect(accountMenuButton(page)).toContainText(people.sam.name);
});

test("the film page shows a member their own review, or invites them to write one", async ({ browser }) => {
  test.setTimeout(90_000);
  // Wendy has not reviewed Her.
  const wendy = await signIn(browser, people.wendy, "/");
  const wendyLayer = viewerLayerResponse(wendy, { film: FILM.slug });
  const response = await wendy.goto(`/films/${FILM.slug}`);
  expect(isSharedPage(response), "the member's film page is a shared page").toBe(true);
  expect(await documentHtml(response)).toContain("Loading your account");
  await wendyLayer;
  await expect(wendy.getByRole("heading", { level: 1, name: FILM.title })).toBeVisible();
  await expect(wendy.getByRole("heading", { name: `Seen ${FILM.title}?` })).toBeVisible();
  await expect(wendy.getByRole("button", { name: "Write a review" })).toBeVisible();
  await expect(wendy.getByRole("heading", { name: `You reviewed ${FILM.title}` })).toHaveCount(0);
  await expect(accountMenuButton(wendy)).toContainText(people.wendy.name);

  // Pat has a review of Her, waiting for a moderator.
  const review = await db.review.create({
    data: { filmId, authorId: userIds.pat!, title: `Pat's take ${run}`, body: "Quiet, warm and sad.", rating: 8, state: "PENDING", stateReason: "Held for moderation" },
    select: { id: true },
  });
  const pat = await signIn(browser, people.pat, "/");
  const patLayer = viewerLayerResponse(pat, { film: FILM.slug });
  await pat.goto(`/films/${FILM.slug}`);
  await patLayer;
  const panel = pat.getByRole("region", { name: `You reviewed ${FILM.title}` });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("It is waiting for a moderator, so only you can see it for now.");
  await expect(panel.getByRole("link", { name: "View your review" })).toHaveAttribute("href", `/reviews/${review.id}`);
  await expect(panel.getByRole("link", { name: "Edit your review" })).toHaveAttribute("href", `/reviews/${review.id}/edit`);
  await expect(pat.getByRole("button", { name: "Write a review" })).toHaveCount(0);
  await saveScreenshot(pat, "member-pages-5-film-own-pending-review");

  // The same shared film page still invites Wendy (the layer is per member, not the page).
  await wendy.reload();
  await expect(wendy.getByRole("button", { name: "Write a review" })).toBeVisible();
});

/** The text of a document's HTML, without the markers React puts between adjacent pieces of text. */
const htmlText = (html: string) => html.replaceAll("<!-- -->", "");

/** Counts the page's requests for the viewer layer from now on. */
function viewerLayerRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/viewer") urls.push(request.url());
  });
  return urls;
}

test("a live render holds the member's own controls in its HTML, and asks for no viewer layer", async ({ browser }) => {
  test.setTimeout(120_000);
  // Pat's review of Her is still held for a moderator (above): only a render for Pat shows it.
  const own = await db.review.findFirstOrThrow({ where: { authorId: userIds.pat!, filmId }, select: { id: true } });
  const pat = await signIn(browser, people.pat, "/");
  await expect(accountMenuButton(pat)).toContainText(people.pat.name);
  const patRequests = viewerLayerRequests(pat);

  const reviewResponse = await pat.goto(`/reviews/${own.id}`);
  expect(isSharedPage(reviewResponse), "Pat's unpublished review is rendered live").toBe(false);
  const reviewHtml = htmlText(await documentHtml(reviewResponse));
  expect(reviewHtml).toContain(`href="/reviews/${own.id}/edit"`);
  expect(reviewHtml).toContain(">Delete</button>");
  expect(reviewHtml).not.toContain("Helpful (");
  await expect(pat.getByRole("link", { name: "Edit", exact: true })).toBeVisible();
  await expect(pat.getByRole("button", { name: "Delete", exact: true })).toBeVisible();
  await accountMenuButton(pat).click(); // hydrated
  await expect(accountMenuButton(pat)).toHaveAttribute("aria-expanded", "true");
  await pat.keyboard.press("Escape");
  await saveScreenshot(pat, "member-pages-6-live-own-pending-review");

  // A film page with a query the shared pages don't take is rendered live: Pat's panel is in the HTML, no placeholder.
  const filmResponse = await pat.goto(`/films/${FILM.slug}?from=${run}`);
  expect(isSharedPage(filmResponse), "a film page with an unknown query is rendered live").toBe(false);
  const filmHtml = htmlText(await documentHtml(filmResponse));
  expect(filmHtml).toContain(`You reviewed ${FILM.title}`);
  expect(filmHtml).toContain("It is waiting for a moderator");
  expect(filmHtml).not.toContain("animate-pulse");
  await expect(pat.getByRole("link", { name: "Edit your review" })).toHaveAttribute("href", `/reviews/${own.id}/edit`);
  await accountMenuButton(pat).click();
  await expect(accountMenuButton(pat)).toHaveAttribute("aria-expanded", "true");
  await saveScreenshot(pat, "member-pages-7-live-film-own-review");
  expect(patRequests, "live pages bring their viewer layer with them").toEqual([]);

  // Sam is still suspended (above): his review page is live, and says so in its HTML.
  const sam = await signIn(browser, people.sam, "/");
  await expect(accountMenuButton(sam)).toContainText(people.sam.name);
  const samRequests = viewerLayerRequests(sam);
  const samResponse = await sam.goto(reviewPath);
  expect(isSharedPage(samResponse), "a suspended member's review page is rendered live").toBe(false);
  const samHtml = htmlText(await documentHtml(samResponse));
  expect(samHtml).toContain("Helpful (");
  expect(samHtml).toContain("suspended accounts can’t vote");
  expect(samHtml).toContain("You can&#x27;t comment while your account is suspended");
  const samFilm = await sam.goto(`/films/${FILM.slug}?from=${run}`);
  expect(htmlText(await documentHtml(samFilm))).toContain("You can’t review films right now");
  await expect(sam.getByRole("button", { name: "Write a review" })).toHaveCount(0);
  await accountMenuButton(sam).click();
  await expect(accountMenuButton(sam)).toHaveAttribute("aria-expanded", "true");
  expect(samRequests, "live pages bring their viewer layer with them").toEqual([]);
});

test("a session cookie that doesn't decrypt gets the signed-out page", async ({ browser, baseURL }) => {
  const page = await signedOutPage(browser);
  await page.context().addCookies([{ name: "authjs.session-token", value: "garbage", url: baseURL! }]);

  for (const path of ["/", reviewPath]) {
    const response = await page.goto(path);
    // The page every signed-out reader shares, not the members' one.
    expect(isSharedPage(response), `${path} is a shared page`).toBe(true);
    const html = await documentHtml(response);
    expect(html, path).not.toContain("Loading your account");
    expect(html, path).toContain("Sign up");
    await expect(header(page).getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
    await expect(header(page).getByRole("link", { name: "Sign up" })).toBeVisible();
    await expect(accountMenuButton(page)).toHaveCount(0);
  }
  // The review's discussion is the signed-out one: a prompt to sign in, no comment form.
  await expect(page.locator("#comments").getByText(/Sign in to join the discussion/)).toBeVisible();
  await expect(page.getByLabel("Your comment")).toHaveCount(0);
});

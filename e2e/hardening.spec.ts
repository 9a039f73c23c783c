import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { applyCommentPublished, loadPublishedComment } from "@/lib/comments/publish-effects";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createUser } from "@/lib/users/create-user";
import { saveScreenshot } from "./support/screenshots";
import { openTestDatabase } from "./support/test-database";
import { signIn } from "./support/sign-in";

// What an outside review of the running app found (issue 15), tried again against the built app:
// deeply nested Markdown, the edit history, NUL bytes in search parameters, malformed and foreign
// server action requests, and the files a site serves from public/. People, comments and
// revisions are made directly in the test database (E2E_DATABASE_URL), as moderation.spec.ts does.
test.describe.configure({ mode: "serial" });

const REVIEW_SLUG = "alone-yet-not-alone-technology-and-her";
const PASSWORD = "a hardened passphrase";
const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
const people = {
  moderator: { handle: `hmod-${run}`, email: `hmod-${run}@example.com`, name: "Harriet Moderator", role: "MODERATOR" as const },
  colleague: { handle: `hcol-${run}`, email: `hcol-${run}@example.com`, name: "Colin Colleague", role: "MODERATOR" as const },
  author: { handle: `hauth-${run}`, email: `hauth-${run}@example.com`, name: "Ada Author", role: "USER" as const },
  banned: { handle: `hban-${run}`, email: `hban-${run}@example.com`, name: "Bo Banned", role: "USER" as const },
};
type Person = keyof typeof people;

let db: PrismaClient;
let ids: Record<Person, string>;
let reviewId: string;
let moderator: Page;

/** Screenshots of the page as it is now, on a phone and on a desktop, and on a phone in the dark theme. */
async function screenshots(page: Page, name: string): Promise<void> {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await saveScreenshot(page, `${name}-${width}`);
  }
  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize({ width: 390, height: 900 });
  await saveScreenshot(page, `${name}-390-dark`);
  await page.emulateMedia({ colorScheme: "light" });
}

test.beforeAll(async () => {
  db = openTestDatabase();
  const created = await Promise.all(Object.entries(people).map(async ([key, person]) => [key, (await createUser({ ...person, password: PASSWORD }, db)).id] as const));
  ids = Object.fromEntries(created) as Record<Person, string>;
  reviewId = (await db.review.findUniqueOrThrow({ where: { slug: REVIEW_SLUG }, select: { id: true } })).id;
});

test.afterAll(async () => {
  await moderator?.context().close();
  await db?.$disconnect();
});

test("deeply nested Markdown already stored renders as text: the review page and the queue still answer", async ({ browser, page }) => {
  test.setTimeout(120_000);
  const quoted = `${">".repeat(3000)} deep-quote-${run}`;
  const listed = `${"- ".repeat(2500)}held-list-${run} ${"word ".repeat(60)}`;
  const published = await db.comment.create({ data: { reviewId, authorId: ids.author, body: quoted }, select: { id: true } });
  await db.$transaction(async (tx) => applyCommentPublished(tx, await loadPublishedComment(tx, published.id)));
  await db.comment.create({ data: { reviewId, authorId: ids.author, body: listed, state: "PENDING", stateReason: "Held for moderation: first comment from a new member" } });

  const response = await page.goto(`/reviews/${reviewId}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator(`[id="c-${published.id}"]`)).toContainText(`deep-quote-${run}`);

  moderator = await signIn(browser, { ...people.moderator, password: PASSWORD }, "/admin/queue");
  const row = moderator.getByRole("row").filter({ hasText: `@${people.author.handle}` }).filter({ hasText: "- - -" });
  await expect(row).toHaveCount(1);
  await row.getByText("Show full text").click();
  await expect(row).toContainText(`held-list-${run}`);
  await screenshots(moderator, "hardening-queue-nested-markdown");
});

test("a NUL byte in a search parameter is ignored, never a 500", async ({ page }) => {
  for (const url of ["/admin/users?q=%00", "/admin/queue?q=a%00b&author=%00", "/admin/audit?actor=%00", "/admin/appeals?status=%00"]) {
    const response = await moderator.goto(url);
    expect(response?.status(), url).toBe(200);
    await expect(moderator.getByRole("heading", { level: 1 })).toBeVisible();
  }
  const search = await page.goto("/search?q=her%00");
  expect(search?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
});

test("the edit history shows one edit at a time and pages the list", async ({ page }) => {
  const film = await db.film.create({ data: { slug: `history-${run}`, title: `History ${run}`, year: 2020, cast: [] }, select: { id: true } });
  const posted = new Date(Date.now() - 3 * 86_400_000);
  const review = await db.review.create({
    data: { filmId: film.id, authorId: ids.author, rating: 6, body: "Version 26: the review as it reads now, after many small changes.", createdAt: posted, editedAt: new Date() },
    select: { id: true },
  });
  await db.reviewRevision.createMany({
    data: Array.from({ length: 25 }, (_, index) => ({
      reviewId: review.id,
      editorId: ids.author,
      rating: index < 20 ? 5 : 6,
      hasSpoilers: false,
      body: `Version ${index + 1}: the review as it read then, after ${index} small changes.`,
      createdAt: new Date(posted.getTime() + (index + 1) * 3_600_000),
    })),
  });
  const history = `/reviews/${review.id}/history`;

  await page.goto(history);
  await expect(page.getByRole("heading", { level: 1, name: "Edit history" })).toBeVisible();
  await expect(page.getByText("25 edits.", { exact: false })).toBeVisible();
  await expect(page.getByText("Version 25 → version 26 (current)")).toBeVisible();
  // Added and removed words differ in shape, not colour alone (WCAG 1.4.1), and a key says which is which.
  const change = page.getByRole("article").filter({ hasText: "Version 25 → version 26" });
  const decoration = (selector: string) => change.locator(`dd ${selector}`).first().evaluate((element) => getComputedStyle(element).textDecorationLine);
  expect(await decoration("ins")).toContain("underline");
  expect(await decoration("del")).toContain("line-through");
  await expect(change.getByText(/words were added;/)).toBeVisible();
  const list = page.getByRole("region", { name: /All edits/ }).locator("ol > li");
  await expect(list).toHaveCount(20);
  await expect(list.first()).toContainText("Edit 25");
  await expect(page.getByRole("navigation", { name: "Pages of edits" })).toContainText("Page 1 of 2");
  await screenshots(page, "hardening-history");

  await page.getByRole("link", { name: "Older edit" }).click();
  await expect(page).toHaveURL(`${history}?edit=24`);
  await expect(page.getByText("Version 24 → version 25", { exact: true })).toBeVisible();

  await page.getByRole("navigation", { name: "Pages of edits" }).getByRole("link", { name: "Page 2" }).click();
  await expect(list).toHaveCount(5);
  await expect(page.getByText("Version 5 → version 6", { exact: true })).toBeVisible();
  await expect(list.filter({ hasText: "Edit 5" }).getByRole("link")).toHaveAttribute("aria-current", "true");

  expect((await page.goto(`${history}?edit=99`))?.status()).toBe(404);
});

test("an unknown sort is the default page's cache entry, and a page past the end redirects and is never cached", async ({ page, request }) => {
  test.setTimeout(120_000);
  // A film and review of their own, whose pages nobody has asked for yet.
  const film = await db.film.create({ data: { slug: `paging-${run}`, title: `Paging ${run}`, year: 2021, cast: [] }, select: { id: true } });
  const review = await db.review.create({ data: { filmId: film.id, authorId: ids.author, rating: 7, body: `A short review to page through (${run}).` }, select: { id: true } });
  const filmPath = `/films/paging-${run}`;
  const reviewPath = `/reviews/${review.id}`;
  const get = async (url: string) => {
    const response = await request.get(url, { maxRedirects: 0 });
    // Every Location header: Next.js would send a static page's twice (lib/http/repeated-header-values.mjs).
    const locations = response
      .headersArray()
      .filter((header) => header.name.toLowerCase() === "location")
      .map((header) => {
        const target = new URL(header.value, "http://marquee.test");
        return `${target.pathname}${target.search}`;
      });
    return { status: response.status(), cache: response.headers()["x-nextjs-cache"], locations };
  };

  for (const [path, bogus, byDefault] of [
    [filmPath, "?sort=bogus", ["?sort=newest", "", "?sort=newest&page=1", "?page=abc"]],
    [reviewPath, "?sort=bogus", ["?sort=oldest", "", "?sort=oldest&page=1", "?sort=helpful"]],
  ] as const) {
    // Asked for until the page cache serves it (its first rendering may be too close to the writes above to keep).
    await expect.poll(async () => (await get(`${path}${bogus}`)).cache, { timeout: 30_000, intervals: [500, 1_000] }).toBe("HIT");
    // The same entry, however the default is written: each is served from the cache at once.
    for (const query of byDefault) {
      const answer = await get(`${path}${query}`);
      expect(answer.status, `${path}${query}`).toBe(200);
      expect(answer.cache, `${path}${query} is the entry ${path}${bogus} made`).toBe("HIT");
    }
  }

  // A page past the end goes to the last page, keeping a known sort; asked again, it is still not cached.
  for (const [url, last] of [
    [`${filmPath}?page=99999`, filmPath],
    [`${filmPath}?sort=lowest&page=2`, `${filmPath}?sort=lowest`],
    [`${reviewPath}?page=99999`, reviewPath],
    [`${reviewPath}?sort=top&page=7`, `${reviewPath}?sort=top`],
  ] as const) {
    for (const attempt of [1, 2]) {
      const answer = await get(url);
      expect(answer.status, `${url}, attempt ${attempt}`).toBe(307);
      expect(answer.locations, url).toEqual([last]);
      expect(answer.cache, `${url}, attempt ${attempt}`).not.toBe("HIT");
    }
  }
  // A browser lands on the last page.
  await page.goto(`${reviewPath}?sort=top&page=7`);
  await expect(page).toHaveURL(`${reviewPath}?sort=top`);
  await expect(page.getByText(`A short review to page through (${run}).`)).toBeVisible();
});

test("the moderator who banned someone is told another moderator decides the appeal", async ({ browser }) => {
  test.setTimeout(90_000);
  const ban = await db.moderationAction.create({
    data: { actorId: ids.moderator, action: "user.ban", targetType: "USER", targetId: ids.banned, reason: "Flame war", before: {}, after: {} },
    select: { id: true },
  });
  await db.user.update({ where: { id: ids.banned }, data: { bannedAt: new Date(), bannedUntil: new Date(Date.now() + 7 * 86_400_000), banReason: "Flame war", bannedById: ids.moderator } });

  const banned = await signIn(browser, { ...people.banned, password: PASSWORD }, "/account-status");
  await expect(banned.getByText("if the site has no other, its admin decides")).toBeVisible();
  await screenshots(banned, "hardening-appeal-form");
  await banned.getByLabel(/Appeal the ban/).fill("It was one heated evening; I've cooled off.");
  await banned.getByRole("button", { name: "Send appeal" }).click();
  await expect.poll(() => db.appeal.count({ where: { actionId: ban.id } })).toBe(1);
  await banned.context().close();

  await moderator.goto("/admin/appeals");
  const card = moderator.getByRole("article").filter({ hasText: `@${people.banned.handle}` });
  await expect(card).toContainText("You made this decision, so another moderator decides its appeal.");
  await expect(card.getByRole("button", { name: "Accept and reverse" })).toHaveCount(0);
  await screenshots(moderator, "hardening-appeals-decider");
});

/** A server action's id from the build's manifest, by the name it is exported under. */
function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, action]) => action.exportedName === exportedName);
  if (!entry) throw new Error(`no server action named ${exportedName} in the build`);
  return entry[0];
}

/** POSTs to the sign-in page as its sign-in action would be called, with these changes. */
function postSignInAction(request: APIRequestContext, options: { origin?: string; body?: string | Buffer; contentType?: string }) {
  const base = new URL(test.info().project.use.baseURL!);
  return request.post("/sign-in", {
    headers: {
      "next-action": actionId("signInAction"),
      origin: options.origin ?? base.origin,
      "content-type": options.contentType ?? "text/plain;charset=UTF-8",
      accept: "text/x-component",
    },
    data: options.body ?? JSON.stringify([{ email: "nobody@example.com", password: "not the password" }]),
    maxRedirects: 0,
  });
}

/** The same, with a body of `size` bytes sent in chunks and no Content-Length, as a stream would. */
function postChunked(pathname: string, headers: Record<string, string>, size: number): Promise<number> {
  const base = new URL(test.info().project.use.baseURL!);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: base.hostname, port: base.port, path: pathname, method: "POST", headers: { ...headers, origin: base.origin } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", (error) => ((error as NodeJS.ErrnoException).code === "EPIPE" || (error as NodeJS.ErrnoException).code === "ECONNRESET" ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, "a");
    for (let sent = 0; sent < size; sent += chunk.length) request.write(chunk);
    request.end();
  });
}

test("server action requests the framework would fail with a 500 get a 4xx", async ({ request }) => {
  // The request as the sign-in form makes it works: a refusal for the wrong password.
  const fine = await postSignInAction(request, {});
  expect(fine.status()).toBe(200);
  expect(await fine.text()).toContain("don't match an account");

  expect((await postSignInAction(request, { origin: "https://evil.example" })).status()).toBe(403);
  expect((await postSignInAction(request, { origin: "not a url" })).status()).toBe(403);
  expect((await postSignInAction(request, { body: `["${"a".repeat(1_100_000)}"]` })).status()).toBe(413);
  expect(await postChunked("/sign-in", { "next-action": actionId("signInAction"), "content-type": "text/plain;charset=UTF-8" }, 1_500_000)).toBe(413);
  expect((await postSignInAction(request, { body: "{{ this is not an action's arguments" })).status()).toBe(400);
  expect((await postSignInAction(request, { body: '{"email": "not an array"}' })).status()).toBe(400);
  expect((await postSignInAction(request, { body: "--x\r\nnonsense", contentType: "multipart/form-data; boundary=x" })).status()).toBe(400);
});

test("Auth.js's credentials endpoint refuses a large body", async ({ request }) => {
  const base = new URL(test.info().project.use.baseURL!);
  const form = { "content-type": "application/x-www-form-urlencoded", origin: base.origin };
  const large = await request.post("/api/auth/callback/credentials", { headers: form, data: `email=a%40b.c&password=${"x".repeat(200_000)}`, maxRedirects: 0 });
  expect(large.status()).toBe(413);
  expect(await postChunked("/api/auth/callback/credentials", { "content-type": "application/x-www-form-urlencoded" }, 200_000)).toBe(413);
  const small = await request.post("/api/auth/callback/credentials", { headers: form, data: "email=a%40b.c&password=wrong", maxRedirects: 0 });
  expect(small.status()).toBeLessThan(400);
});

test("public/ serves the OpenGraph card, the touch icon and the manifest, and pages link them", async ({ page, request }) => {
  for (const [file, type] of [
    ["/og-image.png", "image/png"],
    ["/apple-touch-icon.png", "image/png"],
    ["/icon-512.png", "image/png"],
    ["/manifest.webmanifest", "application/manifest+json"],
  ] as const) {
    const response = await request.get(file);
    expect(response.status(), file).toBe(200);
    expect(response.headers()["content-type"], file).toContain(type);
  }
  await page.goto("/films/her");
  const base = test.info().project.use.baseURL!;
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", `${base}/og-image.png`);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", "/apple-touch-icon.png");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
});

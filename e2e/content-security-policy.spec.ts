import { expect, test, type BrowserContext, type Page, type Response } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { siteFixtures, type SiteFixtures } from "./support/site-fixtures";
import { audienceContext, SITE_PAGES, type SitePage } from "./support/site-pages";
import { openTestDatabase } from "./support/test-database";

// The script policy in Chromium (lib/http/content-security-policy.mjs): every page of the site
// (e2e/support/site-pages.ts, with its forms and dialogs opened) runs under it with no
// violation, for each audience; a page the page cache serves runs its scripts on a hit too; and
// a script that doesn't carry the response's nonce, as an injected one wouldn't, never runs.

test.use({ actionTimeout: 15_000 });

let db: PrismaClient;
let fixtures: SiteFixtures;

test.beforeAll(async () => {
  test.setTimeout(60_000);
  db = openTestDatabase();
  fixtures = await siteFixtures(db);
  // "editing own comment" needs the member's comment inside its 15-minute edit window, which
  // has passed by the time this file runs after the others in the full suite.
  await db.comment.update({ where: { id: fixtures.memberCommentId }, data: { createdAt: new Date() } });
});

test.afterAll(async () => {
  await db?.$disconnect();
});

/**
 * Everything Chromium reports against the policy on this page: `securitypolicyviolation` events
 * (recorded from before any of the page's own scripts) and the console's "Refused to …" lines.
 */
function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    // Also a Permissions-Policy feature this Chromium doesn't know: the header would be ignored there.
    if (/Content Security Policy|Permissions-Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => {
    if (/Content Security Policy/i.test(error.message)) violations.push(error.message);
  });
  return violations;
}

async function recordViolationEvents(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, "__cspViolations", { value: seen });
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.effectiveDirective} refused ${event.blockedURI || "an inline script"} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

async function violationEvents(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** The nonce a policy's script-src names. */
function nonceIn(policy: string | undefined): string | undefined {
  const scriptSrc = policy
    ?.split(/\s*,\s*|\s*;\s*/)
    .find((directive) => directive.startsWith("script-src"))
    ?.split(/\s+/);
  return scriptSrc?.find((source) => source.startsWith("'nonce-"))?.slice(7, -1);
}

/** React has hydrated the page: its elements carry React's own properties. */
async function hydrated(page: Page): Promise<boolean> {
  return page.evaluate(() => Object.keys(document.querySelector("main") ?? {}).some((key) => key.startsWith("__react")));
}

/** The <script> tags in the HTML that would run (not data such as JSON-LD) without carrying `nonce`. */
function scriptsWithout(html: string, nonce: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => !/\btype="application\/(ld\+)?json"/.test(tag))
    .filter((tag) => !tag.includes(` nonce="${nonce}"`));
}

const pathOf = (entry: SitePage) => (typeof entry.path === "function" ? entry.path(fixtures) : entry.path);

for (const audience of ["guest", "member", "admin"] as const) {
  test(`no page logs a policy violation, as ${audience === "guest" ? "a guest" : `the ${audience}`}`, async ({ browser }) => {
    const entries = SITE_PAGES.filter((entry) => entry.audiences.includes(audience));
    test.setTimeout(60_000 + entries.length * 20_000);
    const context = await audienceContext(browser, audience, fixtures);
    await recordViolationEvents(context);
    try {
      for (const entry of entries) {
        const page = await context.newPage();
        const logged = watchViolations(page);
        await page.goto(pathOf(entry));
        await page.waitForLoadState("networkidle");
        await expect(page.getByText("Loading your account")).toHaveCount(0);
        await entry.open?.(page, fixtures);
        expect(await hydrated(page), `${entry.name}: hydrated`).toBe(true);
        expect([...(await violationEvents(page)), ...logged], `${entry.name} as ${audience}`).toEqual([]);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });
}

test("a page from the page cache runs its scripts on a hit, under the nonce its rendering carries", async ({ browser }) => {
  const context = await audienceContext(browser, "member", fixtures);
  await recordViolationEvents(context);
  try {
    // The first view renders the member page (or finds it cached already); the second is a hit.
    const path = `/films/${fixtures.filmSlug}`;
    const views: { response: Response; html: string }[] = [];
    for (let view = 0; view < 2; view++) {
      const page = await context.newPage();
      const logged = watchViolations(page);
      const response = (await page.goto(path))!;
      views.push({ response, html: await response.text() });
      // Scripts ran: React hydrated, the viewer layer fetched the member's account into the
      // header, and its menu opens.
      await expect(page.getByText("Loading your account")).toHaveCount(0);
      expect(await hydrated(page)).toBe(true);
      await page.getByRole("banner").getByRole("button", { name: /account menu/ }).click();
      await expect(page.getByRole("banner").getByRole("link", { name: "Settings" })).toBeVisible();
      expect([...(await violationEvents(page)), ...logged]).toEqual([]);
      await page.close();
    }
    const [first, second] = views;
    expect(second!.response.headers()["x-nextjs-cache"]).toBe("HIT");
    // The header names the nonce of the rendering it comes with, which every script carries.
    const nonce = nonceIn(second!.response.headers()["content-security-policy"]);
    expect(nonce).toBeTruthy();
    expect(scriptsWithout(second!.html, nonce!)).toEqual([]);
    expect(second!.html).toBe(first!.html);
  } finally {
    await context.close();
  }
});

test("a live page's scripts all carry the nonce its header names, a new one for each response", async ({ request }) => {
  const nonces: string[] = [];
  for (let view = 0; view < 2; view++) {
    const response = await request.get("/search?q=her");
    const policy = response.headers()["content-security-policy"];
    const scriptSrc = policy?.split(/\s*;\s*/).find((directive) => directive.startsWith("script-src "));
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(scriptSrc).toMatch(/'strict-dynamic'/);
    const nonce = nonceIn(policy);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    const html = await response.text();
    expect(html).toContain(`nonce="${nonce}"`);
    expect(scriptsWithout(html, nonce!)).toEqual([]);
    nonces.push(nonce!);
  }
  expect(nonces[1]).not.toBe(nonces[0]);
});

test("a script injected into a page without the response's nonce never runs", async ({ page }) => {
  const logged = watchViolations(page);
  // Both kinds of page: one rendered for this request, and one the page cache serves.
  for (const path of ["/search?q=her", `/reviews/${fixtures.reviewId}`]) {
    // An earlier response's nonce is no good for this one either (on the live page).
    const stale = nonceIn((await page.request.get(path)).headers()["content-security-policy"]);
    await page.route(path, async (route) => {
      const response = await route.fetch();
      const injected = [
        `<script>window.__injected = "inline";</script>`,
        `<script nonce="${path.startsWith("/search") ? stale : "bWFkZSB1cA=="}">window.__injected = "guessed nonce";</script>`,
        `<img src="/icon.svg" onload="window.__injected = 'handler'" alt="">`,
      ].join("");
      await route.fulfill({ response, body: (await response.text()).replace("</main>", `${injected}</main>`) });
    });
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await hydrated(page), `${path}: the page's own scripts still run`).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected), path).toBeUndefined();
    await page.unrouteAll();
  }
  expect(logged.length).toBeGreaterThanOrEqual(3);
});

test("no Strict-Transport-Security over plain HTTP, even when a client claims HTTPS", async ({ request }) => {
  const plain = await request.get("/");
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  const claimed = await request.get("/", { headers: { "X-Forwarded-Proto": "https" } });
  expect(claimed.headers()["strict-transport-security"]).toBeUndefined();
  expect(plain.headers()["permissions-policy"]).toMatch(/camera=\(\)/);
});

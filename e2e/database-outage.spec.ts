import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import type { AppInstance } from "@/scripts/bench/app-server";
import { findActionId, postCommentRequest, readActionResult } from "@/scripts/bench/server-action";
import { BENCH_SESSION_PREFIX, sessionCookie } from "@/scripts/bench/sessions";
import { OutageLab } from "./support/outage-lab";
import { saveScreenshot } from "./support/screenshots";

// When PostgreSQL is down, frozen, locked or out of connections: pages the page cache holds
// are served as they are, everything else ends in bounded time with a 503, Retry-After and the
// "we're having trouble" page (feeds and the viewer layer with a short 503 of their own), server
// actions refuse cleanly, and everything recovers when the database does.
//
// These stop and freeze a database, so they use a PostgreSQL and app instances of their own
// (e2e/support/outage-lab.ts), with short time limits, not the app the other specs share.
test.describe.configure({ mode: "serial" });

/** Generous on purpose: what matters is that nothing hangs, not how fast it fails. */
const BOUNDED_MS = 15_000;
/** Short limits, so that the stalls below end quickly. */
const LIMITS = { DATABASE_STATEMENT_TIMEOUT_MS: "2000", DATABASE_CONNECT_TIMEOUT_MS: "2000" };

let lab: OutageLab;
let app: AppInstance;
let reviewId: string;
let memberCookie: string;

interface Answer {
  status: number;
  retryAfter: string | null;
  contentType: string;
  body: string;
  ms: number;
}

/** GET, following redirects as a browser does, with a hard stop well past BOUNDED_MS. */
async function get(pathname: string, options: { cookie?: string; origin?: string } = {}): Promise<Answer> {
  const started = Date.now();
  const response = await fetch(`${options.origin ?? app.origin}${pathname}`, {
    headers: options.cookie ? { cookie: options.cookie } : {},
    signal: AbortSignal.timeout(BOUNDED_MS * 2),
  });
  const body = await response.text();
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    contentType: response.headers.get("content-type") ?? "",
    body,
    ms: Date.now() - started,
  };
}

function expectTroublePage(answer: Answer) {
  expect(answer.status).toBe(503);
  expect(answer.retryAfter).toBe("5");
  expect(answer.contentType).toContain("text/html");
  expect(answer.body).toContain("Intermission.");
  expect(answer.body).toContain("We can’t reach our database right now");
  expect(answer.ms).toBeLessThan(BOUNDED_MS);
}

function expectShortUnavailable(answer: Answer, contentType: string) {
  expect(answer.status).toBe(503);
  expect(answer.retryAfter).toBe("5");
  expect(answer.contentType).toContain(contentType);
  expect(answer.body).toContain("can't reach its database");
  expect(answer.ms).toBeLessThan(BOUNDED_MS);
}

/** Requests a shared page until the page cache serves it (its first rendering may be too close to the seed to keep). */
async function cacheIt(pathname: string, cookie?: string) {
  for (let attempt = 0; attempt < 20; attempt++) {
    const response = await fetch(`${app.origin}${pathname}`, { headers: cookie ? { cookie } : {} });
    await response.text();
    if (response.headers.get("x-nextjs-cache") === "HIT") return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(`${pathname} never came from the page cache`);
}

/** Asks until the answer is a 200, as a reader pressing "Try again" would. */
async function expectBackWithin(pathname: string, ms: number, cookie?: string): Promise<Answer> {
  const deadline = Date.now() + ms;
  for (;;) {
    const answer = await get(pathname, { cookie });
    if (answer.status === 200 || Date.now() > deadline) {
      expect(answer.status, `${pathname} after the database came back`).toBe(200);
      return answer;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function postComment(body: string) {
  const actionId = findActionId(process.cwd(), "lib/actions/comments.ts", "postCommentAction");
  const request = postCommentRequest(actionId, reviewId, body, memberCookie);
  const response = await fetch(`${app.origin}${request.path}`, { method: "POST", headers: request.headers, body: request.body });
  return { status: response.status, result: readActionResult(await response.text()) };
}

async function screenshotTroublePage(page: Page, name: string) {
  for (const [width, label] of [
    [390, "390"],
    [1280, "1280"],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    const response = await page.goto(`${app.origin}/search?q=screenshot-${label}`);
    expect(response?.status()).toBe(503);
    await expect(page.getByRole("heading", { level: 1, name: "Intermission." })).toBeVisible();
    await expect(page.getByRole("link", { name: "Try again" })).toBeVisible();
    await saveScreenshot(page, `${name}-${label}`);
  }
}

test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(180_000);
  lab = await OutageLab.start();
  app = await lab.startApp("outage", path.join(testInfo.project.outputDir, "database-outage-app.log"), LIMITS);
  await lab.withClient(async (client) => {
    const { rows } = await client.query<{ id: string }>(`SELECT "id" FROM "Review" WHERE "state" = 'PUBLISHED' ORDER BY "createdAt" LIMIT 1`);
    reviewId = rows[0]!.id;
    const member = await client.query<{ id: string }>(
      `INSERT INTO "User" ("id", "email", "handle", "handleSkeleton", "name", "updatedAt")
       VALUES ('outage-member', 'outage-member@example.com', 'outage-member', 'outage-member', 'Olga Outage', now()) RETURNING "id"`,
    );
    // The sign-in the cookie names, recorded as a real sign-in is (lib/users/sessions.ts).
    await client.query(
      `INSERT INTO "Session" ("sessionToken", "userId", "expires", "updatedAt") VALUES ($1, $2, now() + interval '1 day', now())`,
      [`${BENCH_SESSION_PREFIX}${member.rows[0]!.id}`, member.rows[0]!.id],
    );
    memberCookie = await sessionCookie(OutageLab.AUTH_SECRET, member.rows[0]!.id);
  });
});

test.afterAll(async () => {
  await lab?.dispose();
});

test("while PostgreSQL is stopped, cached pages are served and everything else answers 503; all recovers when it is back", async ({ page }) => {
  test.setTimeout(180_000);
  await cacheIt("/");
  await cacheIt("/films/her");
  await cacheIt(`/reviews/${reviewId}`);
  await cacheIt("/", memberCookie);

  await lab.stopDatabase();

  // The very first request after it went away, for a page no cache holds.
  expectTroublePage(await get("/search?q=first"));

  // Pages the cache holds, as they are, for readers and members.
  for (const pathname of ["/", "/films/her", `/reviews/${reviewId}`]) {
    const answer = await get(pathname);
    expect(answer.status, pathname).toBe(200);
    expect(answer.body).toContain("Her");
    expect(answer.ms).toBeLessThan(BOUNDED_MS);
  }
  expect((await get("/", { cookie: memberCookie })).status).toBe(200);

  // Everything else: the trouble page, or a short 503 where the client isn't a browser.
  expectTroublePage(await get("/films/her?sort=lowest")); // another page of the film, never cached
  expectTroublePage(await get(`/reviews/${reviewId}`, { cookie: memberCookie })); // the member's review page wasn't cached
  expectTroublePage(await get("/settings", { cookie: memberCookie }));
  expectTroublePage(await get("/sign-in"));
  expectShortUnavailable(await get("/feed.xml"), "text/plain");
  const layer = await get(`/api/viewer?review=${reviewId}`, { cookie: memberCookie });
  expectShortUnavailable(layer, "application/json");
  expect(JSON.parse(layer.body)).toEqual({ error: expect.stringContaining("can't reach its database") });

  // A server action still answers with a clean refusal of its own.
  const posted = await postComment("Posted while the database was stopped");
  expect(posted.status).toBe(200);
  expect(posted.result).toEqual({ ok: false, error: expect.stringContaining("can't reach our database just now, so nothing was saved") });

  await screenshotTroublePage(page, "database-unavailable");
  await page.emulateMedia({ colorScheme: "dark" });
  await screenshotTroublePage(page, "database-unavailable-dark");

  await lab.startDatabase();
  await expectBackWithin("/search?q=first", BOUNDED_MS);
  expect((await get("/films/her?sort=lowest")).status).toBe(200);
  expect((await get("/feed.xml")).status).toBe(200);
  const back = await get(`/api/viewer?review=${reviewId}`, { cookie: memberCookie });
  expect(back.status).toBe(200);
  expect(JSON.parse(back.body)).toMatchObject({ account: { handle: "outage-member" } });
  expect(await postComment("Posted once the database was back")).toMatchObject({ status: 200, result: { ok: true } });
});

test("while PostgreSQL is frozen, requests end in bounded time with a 503 and cached pages are served; all recovers when it thaws", async () => {
  test.setTimeout(180_000);
  await cacheIt("/films");
  lab.freezeDatabase();
  try {
    expectTroublePage(await get("/search?q=frozen"));
    expectTroublePage(await get("/users/outage-member"));
    const cached = await get("/films");
    expect(cached.status).toBe(200);
    expect(cached.ms).toBeLessThan(BOUNDED_MS);
    expectShortUnavailable(await get("/feed.xml"), "text/plain");
  } finally {
    lab.thawDatabase();
  }
  await expectBackWithin("/search?q=frozen", BOUNDED_MS);
  expect((await get("/users/outage-member")).status).toBe(200);
});

test("a page whose query waits on a lock past the statement timeout answers 503, not 500, and renders again once the lock is gone", async () => {
  test.setTimeout(120_000);
  await lab.withClient(async (locker) => {
    await locker.query(`BEGIN; LOCK TABLE "Film" IN ACCESS EXCLUSIVE MODE`);
    try {
      expectTroublePage(await get("/search?q=locked"));
      expectTroublePage(await get("/films/her?sort=highest"));
      expect((await get("/")).status).toBe(200); // cached, and its check doesn't read films
    } finally {
      await locker.query("ROLLBACK");
    }
  });
  await expectBackWithin("/search?q=locked", BOUNDED_MS);
  await expectBackWithin("/films/her?sort=highest", BOUNDED_MS);
});

test("with fewer connections than the app's pools want, requests beyond them answer 503, never 500", async ({}, testInfo) => {
  test.setTimeout(180_000);
  // A role PostgreSQL allows three connections, against pools that want fourteen: what an
  // instance meets when max_connections is spent by others.
  const role = { name: "marquee_scarce", password: "scarce-connections" };
  await lab.withClient(async (client) => {
    await client.query(`CREATE ROLE ${role.name} LOGIN PASSWORD '${role.password}' CONNECTION LIMIT 3`);
    await client.query(`GRANT ALL ON ALL TABLES IN SCHEMA public TO ${role.name}; GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO ${role.name}`);
  });
  const scarce = await lab.startApp("scarce", path.join(testInfo.project.outputDir, "database-outage-scarce-app.log"), LIMITS, lab.databaseUrl(role));

  const paths = ["/search?q=her", "/search?q=love", "/users/outage-member", "/films/her?sort=newest", `/reviews/${reviewId}?sort=top`];
  // Forty at once, each a page of its own (an extra parameter makes it one), so none is cached.
  const pageNumber = (i: number) => {
    const url = new URL(paths[i % paths.length]!, scarce.origin);
    url.searchParams.set("n", String(i));
    return `${url.pathname}${url.search}`;
  };
  const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => get(pageNumber(i), { origin: scarce.origin })));
  const statuses = answers.map((answer) => answer.status);
  expect(statuses.filter((status) => status !== 200 && status !== 503), `statuses: ${statuses.join(" ")}`).toEqual([]);
  expect(statuses).toContain(503);
  for (const answer of answers.filter((each) => each.status === 503)) expectTroublePage(answer);
});

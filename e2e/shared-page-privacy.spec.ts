import { expect, test, type Page, type Response } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { signIn } from "./support/sign-in";
import { createPerson, publishedComment, type Person } from "./support/site-fixtures";
import { openTestDatabase, runSuffix } from "./support/test-database";

// The home, film and review pages are rendered once per audience and shared (proxy.ts,
// lib/page-cache/): the signed-out readers' page and the members' page must never carry
// anything of the member whose visit happened to render them. Two members who have commented
// load the pages first, as members; then a signed-out reader and a third member, who has done
// nothing, get the shared renderings.

const FILM_SLUG = "her";
const REVIEW_SLUG = "her-002"; // a seeded review no other spec uses
const run = runSuffix();

let db: PrismaClient;
let reviewPath: string;
let visitors: Person[];
let bystander: Person;

/** Whether Next.js served the response from the page cache (a live page has no such header). */
function isSharedPage(response: Response | null): boolean {
  return /^(HIT|MISS|STALE|REVALIDATED)$/.test(response?.headers()["x-nextjs-cache"] ?? "");
}

/** The document's HTML as the server sent it, before any script ran (React's text separators removed). */
async function sharedHtml(page: Page, path: string, audience: string): Promise<string> {
  const response = await page.goto(path);
  expect(response?.status(), `${path} for ${audience}`).toBe(200);
  expect(isSharedPage(response), `${path} is ${audience}' shared page`).toBe(true);
  return (await response!.text()).replaceAll("<!-- -->", "");
}

test.beforeAll(async () => {
  db = openTestDatabase();
  const review = await db.review.findUniqueOrThrow({ where: { slug: REVIEW_SLUG }, select: { id: true } });
  reviewPath = `/reviews/${review.id}`;
  visitors = [await createPerson(db, run, "pvisa", "Vera Visitor"), await createPerson(db, run, "pvisb", "Vic Visitor")];
  bystander = await createPerson(db, run, "pbyst", "Bo Bystander");
  for (const who of visitors) await publishedComment(db, { reviewId: review.id, authorId: who.id, body: `Seen at the late show by ${who.name} (${run}).` });
});

test.afterAll(async () => {
  await db?.$disconnect();
});

test("the pages readers share hold nothing personal, after members have viewed them", async ({ browser }) => {
  test.setTimeout(120_000);
  const paths = ["/", `/films/${FILM_SLUG}`, reviewPath];
  for (const who of visitors) {
    const page = await signIn(browser, who, "/");
    for (const path of paths) await sharedHtml(page, path, "the members");
    await page.context().close();
  }

  const personal = ["account menu", 'class="you"', "/notifications", '"account":{', "Edit your review", ...visitors.map((who) => `@${who.handle}`)];
  const reader = await (await browser.newContext()).newPage();
  const member = await signIn(browser, bystander, "/");
  for (const path of paths) {
    const guestHtml = await sharedHtml(reader, path, "signed-out readers");
    for (const mark of [...personal, "Loading your account"]) expect(guestHtml, `${path} for signed-out readers`).not.toContain(mark);
    expect(guestHtml, path).toContain("Sign in");

    // Member controls, but no member: not this one, nor the ones before.
    const memberHtml = await sharedHtml(member, path, "the members");
    for (const mark of [...personal, bystander.name]) expect(memberHtml, `${path} as members share it`).not.toContain(mark);
    expect(memberHtml, path).toContain("Loading your account");
  }
  await reader.context().close();
  await member.context().close();
});

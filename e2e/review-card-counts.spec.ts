import { expect, test, type Page } from "@playwright/test";
import { createPerson, publishedComment } from "./support/site-fixtures";
import { openTestDatabase, runSuffix } from "./support/test-database";

// A comment changes its review's card (its count) and nothing else the home page or a film page
// shows. Those pages, cached, carry a tag per card they list (lib/page-cache/shared-page.tsx), and the
// database expires only that tag (the card_expiry migration): a guest sees the new count on every
// cached page showing the card, and a page without it stays cached. (That a page of the same film,
// or the home page, without the card stays cached is checked in tests/page-cache/shared-page-cache.test.ts:
// a small data set can have every review on the home page.)

/** The comment count on the card linking to `reviewHref`. */
async function cardCount(page: Page, reviewHref: string): Promise<number> {
  const card = page.getByRole("article").filter({ has: page.locator(`a[href="${reviewHref}"]`) });
  const text = (await card.getByText(/^[\d,]+ comments?$/).textContent()) ?? "";
  return Number(text.replace(/\D/g, ""));
}

/** Opens `path` and reads the card's count there, until it is `count`. */
async function expectCount(page: Page, path: string, reviewHref: string, count: number) {
  await expect
    .poll(async () => {
      await page.goto(path);
      return cardCount(page, reviewHref);
    })
    .toBe(count);
}

/**
 * Which render of `path` a guest gets, cached: each render has a nonce of its own for its scripts
 * (a prefetch from another page can render a page too, so the cache's HIT/MISS header can't say).
 */
async function renderOf(page: Page, path: string): Promise<string> {
  const response = await page.goto(path);
  expect(response?.headers()["x-nextjs-cache"], `${path} is served from the page cache`).toBe("HIT");
  return /'nonce-([^']+)'/.exec(response?.headers()["content-security-policy"] ?? "")?.[1] ?? "no nonce";
}

test("a comment shows in its review's card on the cached home page and film pages, and re-renders no other film's page", async ({ page }) => {
  const db = openTestDatabase();
  const run = runSuffix();
  try {
    await page.goto("/");
    const newest = page.getByRole("region", { name: "Latest reviews" }).getByRole("article").first();
    const listedHref = (await newest.locator('a[href^="/reviews/"]').first().getAttribute("href"))!;
    const filmHref = (await newest.locator('a[href^="/films/"]').first().getAttribute("href"))!;
    const listedCount = await cardCount(page, listedHref);

    // A review of another film, older than any other (so it pushes none off the home page's latest).
    const commenter = await createPerson(db, run, "carder", "Card Counter");
    const film = await db.film.create({ data: { slug: `card-film-${run}`, title: `Card Film ${run}`, year: 2001, cast: [] } });
    const elsewhere = await db.review.create({
      data: { filmId: film.id, authorId: commenter.id, rating: 6, body: "Reviewed long ago.", createdAt: new Date("2001-06-01") },
    });
    const elsewhereHref = `/reviews/${elsewhere.id}`;
    const elsewhereFilmHref = `/films/${film.slug}`;
    await expectCount(page, elsewhereFilmHref, elsewhereHref, 0);
    await page.goto(filmHref);
    const filmPageRender = await renderOf(page, filmHref);
    expect(await cardCount(page, listedHref)).toBe(listedCount);

    // A comment on it shows on its film's page; the other film's page is not rendered again.
    await publishedComment(db, { reviewId: elsewhere.id, authorId: commenter.id, body: `Long ago (${run}).` });
    await expectCount(page, elsewhereFilmHref, elsewhereHref, 1);
    expect(await renderOf(page, filmHref), `${filmHref} is the same render`).toBe(filmPageRender);

    // A comment on the listed review changes both pages.
    await publishedComment(db, { reviewId: listedHref.split("/").pop()!, authorId: commenter.id, body: `Listed (${run}).` });
    await expectCount(page, filmHref, listedHref, listedCount + 1);
    await expectCount(page, "/", listedHref, listedCount + 1);
  } finally {
    await db.$disconnect();
  }
});

import { expect, test, type Page } from "@playwright/test";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { expectNoSeriousAxeViolations, settleTransitions } from "./support/axe";
import { DESKTOP, expectControlsOnScreen, expectNoHorizontalOverflow, PHONE, REFLOW_WIDTH } from "./support/layout";
import { saveScreenshot } from "./support/screenshots";
import { siteFixtures, type SiteFixtures } from "./support/site-fixtures";
import { audienceContext, SITE_PAGES, type Audience, type SitePage } from "./support/site-pages";
import { openTestDatabase } from "./support/test-database";

// WCAG 2.2 AA on every page of the site (e2e/support/site-pages.ts), as a guest, a member and
// an admin: axe-core finds no serious or critical violation at phone and desktop widths, in
// light and dark; no page scrolls sideways at 320 px (400 % zoom on a 1280 px screen); and on
// a phone every control is on screen (admin tables become cards rather than scroll).
//
// Each page loads once; the width and the colour scheme change under it (the CSS follows
// both live), which keeps the whole sweep to a few minutes. A11Y_SCREENSHOTS=1 also saves
// each page at each width and scheme, for a person to look at.

const AUDIENCES: readonly Audience[] = ["guest", "member", "admin"];
const SCHEMES = ["light", "dark"] as const;
const SCREENSHOTS = process.env.A11Y_SCREENSHOTS === "1";

// A step that can't find its control fails in seconds, not at the test's time limit.
test.use({ actionTimeout: 15_000 });

let db: PrismaClient;
let fixtures: SiteFixtures;

test.beforeAll(async () => {
  test.setTimeout(60_000);
  db = openTestDatabase();
  fixtures = await siteFixtures(db);
});

test.afterAll(async () => {
  await db?.$disconnect();
});

/** Loaded, hydrated, and (on a shared member page) filled in by the viewer layer. */
async function loadPage(page: Page, entry: SitePage): Promise<void> {
  const path = typeof entry.path === "function" ? entry.path(fixtures) : entry.path;
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  await expect(page.getByText("Loading your account")).toHaveCount(0);
  await entry.open?.(page, fixtures);
}

for (const audience of AUDIENCES) {
  test.describe(`as ${audience === "guest" ? "a guest" : `the ${audience}`}`, () => {
    for (const entry of SITE_PAGES.filter((candidate) => candidate.audiences.includes(audience))) {
      test(entry.name, async ({ browser }) => {
        test.setTimeout(90_000);
        const context = await audienceContext(browser, audience, fixtures);
        try {
          const page = await context.newPage();
          await page.setViewportSize(DESKTOP);
          await loadPage(page, entry);
          for (const viewport of [DESKTOP, PHONE]) {
            await page.setViewportSize(viewport);
            for (const colorScheme of SCHEMES) {
              await page.emulateMedia({ colorScheme });
              const label = `${entry.name} as ${audience}, ${viewport.width} px, ${colorScheme}`;
              await expectNoSeriousAxeViolations(page, label, { coloursOnly: colorScheme !== SCHEMES[0] });
              if (SCREENSHOTS) await saveScreenshot(page, `a11y/${audience}-${entry.name.replace(/\W+/g, "-")}-${viewport.width}-${colorScheme}`);
            }
          }
          await expectControlsOnScreen(page, `${entry.name} as ${audience} at ${PHONE.width} px`);
          await page.setViewportSize({ width: REFLOW_WIDTH, height: 640 });
          await expectNoHorizontalOverflow(page, `${entry.name} as ${audience} at ${REFLOW_WIDTH} px`);
          await expectControlsOnScreen(page, `${entry.name} as ${audience} at ${REFLOW_WIDTH} px`);
        } finally {
          await context.close();
        }
      });
    }
  });
}

// What axe doesn't measure.
test.describe("beyond axe", () => {
  test("placeholders meet 4.5:1 against their field, in light and dark", async ({ browser }) => {
    test.setTimeout(90_000);
    const context = await audienceContext(browser, "admin", fixtures);
    try {
      const page = await context.newPage();
      for (const path of [`/reviews/${fixtures.reviewId}`, "/search", "/admin/queue", "/admin/films/new"]) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        for (const colorScheme of SCHEMES) {
          await page.emulateMedia({ colorScheme });
          await settleTransitions(page);
          const fields = await page.evaluate(placeholderContrasts);
          expect(fields.length, `fields with a placeholder on ${path}`).toBeGreaterThan(0);
          for (const field of fields) expect(field.ratio, `${field.name} on ${path}, ${colorScheme}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    } finally {
      await context.close();
    }
  });

  test("the comments heading is named 'Comments 7', not 'Comments7'", async ({ page }) => {
    await page.goto(`/reviews/${fixtures.reviewId}`);
    await expect(page.locator("#comments-heading")).toHaveAccessibleName(/^Comments \d+$/);
  });
});

/** Runs in the page: each field with a placeholder, and the contrast of that text on the field. */
function placeholderContrasts(): { name: string; ratio: number }[] {
  const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = (color: string) => {
    const [r = 0, g = 0, b = 0] = channels(color).map((value) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const background = (element: Element | null): string => {
    for (let current = element; current; current = current.parentElement) {
      const color = getComputedStyle(current).backgroundColor;
      if ((channels(color)[3] ?? 1) > 0) return color;
    }
    return "rgb(255, 255, 255)";
  };
  return [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("[placeholder]")]
    .filter((field) => field.placeholder && field.getClientRects().length > 0)
    .map((field) => {
      const [light, dark] = [luminance(getComputedStyle(field, "::placeholder").color), luminance(background(field))].sort((a, b) => b - a) as [number, number];
      return { name: field.placeholder, ratio: (light + 0.05) / (dark + 0.05) };
    });
}

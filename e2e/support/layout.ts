import { expect, type Page } from "@playwright/test";

/** The widths every page is checked at: a small phone (and 400 % zoom), a phone, a laptop. */
export const REFLOW_WIDTH = 320;
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

/**
 * Fails when the page scrolls sideways (WCAG 1.4.10), naming the elements that stick out.
 * Content inside its own scrolling frame (an admin table) doesn't count: the page doesn't move.
 */
export async function expectNoHorizontalOverflow(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth <= width) return null;
    const insideScroller = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(parent).overflowX)) return true;
      }
      return false;
    };
    const culprits = [...document.body.querySelectorAll("*")]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5 && !insideScroller(element))
      .slice(0, 8)
      .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}.${[...element.classList].slice(0, 4).join(".")} right=${Math.round(element.getBoundingClientRect().right)}`);
    return { scrollWidth: root.scrollWidth, width, culprits };
  });
  expect(overflow, `${label} scrolls sideways`).toBeNull();
}

/**
 * Fails when a control is off the side of the screen, so that reaching it would take sideways
 * scrolling. A control inside a table frame that scrolls with a visible cue (`.scroll-cue`,
 * components/admin/scroll-frame.tsx) is allowed. One hidden on purpose is skipped: no box, or
 * out of the tab order and hidden from assistive technology (the sign-up form's honeypot).
 */
export async function expectControlsOnScreen(page: Page, label: string): Promise<void> {
  const offScreen = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const controls = document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])");
    return [...controls]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1 || element.closest(".scroll-cue, [aria-hidden='true'], [inert]")) return false;
        if (element.getAttribute("tabindex") === "-1") return false;
        return box.left < -1 || box.right > width + 1;
      })
      .slice(0, 8)
      .map((element) => `${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 30)}" at ${Math.round(element.getBoundingClientRect().left)}–${Math.round(element.getBoundingClientRect().right)}`);
  });
  expect(offScreen, `${label}: controls off the side of the screen`).toEqual([]);
}

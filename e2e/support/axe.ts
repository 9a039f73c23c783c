import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what Marquee promises (product.md). */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
/** The rules whose outcome depends on colours alone: all a second colour scheme can change. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];
const FAILING_IMPACTS = new Set(["serious", "critical"]);

/**
 * Runs axe-core on the page as it is now and fails on any serious or critical violation,
 * listing each rule with the elements that break it. `coloursOnly` runs just the rules a
 * change of colour scheme can affect, for the second scheme of a layout already checked.
 *
 * Legacy mode runs axe in the page itself; the default opens a blank page on every call to
 * merge results across cross-origin frames, which Marquee doesn't have, and costs seconds.
 * Colour transitions are waited out first: after a scheme switch, a half-finished transition
 * would be measured instead of the colours people see.
 */
export async function expectNoSeriousAxeViolations(page: Page, label: string, { coloursOnly = false } = {}): Promise<void> {
  await settleTransitions(page);
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ["violations"] });
  const results = await (coloursOnly ? builder.withRules(COLOUR_RULES) : builder.withTags(WCAG_TAGS)).analyze();
  const serious = results.violations.filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ""));
  const report = serious.map(
    (violation) =>
      `${violation.impact} ${violation.id}: ${violation.help}\n` +
      violation.nodes
        .slice(0, 5)
        .map((node) => `    ${node.target.join(" ")}\n      ${node.failureSummary?.replace(/\n/g, "\n      ")}`)
        .join("\n"),
  );
  expect(report, `axe on ${label}`).toEqual([]);
}

/** Resolves once no CSS transition is running (infinite animations, like a pulse, don't count). */
export async function settleTransitions(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.getAnimations().every((animation) => !(animation instanceof CSSTransition) || animation.playState !== "running"),
    undefined,
    { timeout: 5_000 },
  );
}

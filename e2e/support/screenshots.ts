import path from "node:path";
import { test, type Page } from "@playwright/test";

/** Saves a full-page screenshot as test-results/screenshots/<name>.png, for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const file = path.join(test.info().project.outputDir, "screenshots", `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
}

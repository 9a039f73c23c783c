import { defineConfig, devices } from "@playwright/test";

// The browser tests run against a live app whose URL is given in BASE_URL. `npm run test:e2e`
// builds and starts one on a fresh database and sets it; see scripts/run-e2e.ts.
const baseURL = process.env.BASE_URL;
if (!baseURL) {
  throw new Error("BASE_URL is not set: run the browser tests with `npm run test:e2e`, or point BASE_URL at a running Marquee.");
}

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  // The flows share one database; running files one after another keeps them independent of timing.
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0, // a retry would also spend sign-ups from the per-address limit, and hide flakiness
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        // Debian's Chromium: Playwright's own browser download cannot be reached from here.
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
});

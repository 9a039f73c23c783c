import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The database `npm run test:e2e` made for this run (given to Playwright as E2E_DATABASE_URL).
 * Specs make their people and content here directly: no account ships, and no sign-up limit
 * is spent.
 */
export function openTestDatabase(): PrismaClient {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the browser tests with `npm run test:e2e`, which passes the test database's URL to Playwright.");
  return createPrismaClient(url);
}

/** A short suffix that keeps this run's handles and emails apart from every other run's. */
export function runSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * The database `npm run test:e2e` made for this run (E2E_DATABASE_URL), for specs that prepare
 * people and content directly: moderators, for one, can only be made by someone with access to it.
 */
export function testDatabase(): PrismaClient {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the browser tests with `npm run test:e2e`, which passes the test database's URL to Playwright.");
  return createPrismaClient(url);
}

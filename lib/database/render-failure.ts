// A page render can't choose its status code: Next.js answers a render that throws with 500
// (or, once streaming, with the 200 it has already sent). So a render that fails for want of
// the database (unreachable, or too busy to answer in time: lib/database/health.mjs) sends the
// browser back to the same address, and remembers that page as failing for a few seconds; the
// proxy, which can set a status, then answers that request 503 with the "we're having trouble"
// page (lib/database/outage-gate.ts). The browser shows it at the address it asked for.
//
// Only page renders know where to go back to: a live page's GET, which the proxy marks with
// its address (PAGE_URL_HEADER), and a shared page, which names itself (renderingSharedPage).
// Server actions keep answering with a clean error result, and route handlers answer 503
// themselves (lib/database/unavailable-response.ts).
import { cache } from "react";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { markPageFailing, reportDatabaseAnswered, reportDatabaseFailure } from "./health.mjs";

/** Set by the proxy on a live page's GET (outage-gate.ts): the address a failed render sends the browser back to. */
export const PAGE_URL_HEADER = "x-marquee-page-url";

/** Where a failed render sends the browser, and the key the proxy knows the page by. */
export interface RetryTarget {
  url: string;
  key: string;
}

/** The shared page this render is for, if it is one: React scopes `cache` to a single render. */
const sharedPageTarget = cache((): { target: RetryTarget | null } => ({ target: null }));

/** Called by a shared page (lib/page-cache/shared-page.tsx) before it reads the database. */
export function renderingSharedPage(target: RetryTarget): void {
  sharedPageTarget().target = target;
}

// Next.js's request APIs are loaded when a query fails, not with this module: lib/db.ts, and so
// this, is also imported by scripts and by Playwright, whose plain Node.js loader can't resolve
// "next/headers" (the package has no exports map).

async function retryTarget(): Promise<RetryTarget | null> {
  const shared = sharedPageTarget().target;
  if (shared) return shared;
  try {
    const { headers } = await import("next/headers");
    const url = (await headers()).get(PAGE_URL_HEADER);
    // The proxy sets it on every page GET and removes any a client sent; a path on this site, still.
    if (url?.startsWith("/") && !url.startsWith("//")) return { url, key: url };
  } catch {
    // Not inside a request: a script, a test, a cached scope.
  }
  return null;
}

/**
 * The app's client as every query should reach it: each answer and failure reported to the
 * process's view of the database, and a page render that fails for want of it sent back to be
 * answered 503. Every bundle (the proxy's, the app's) wraps the shared client with its own copy
 * of this, so that `headers()` and React's `cache` are those of the code that runs the query.
 */
export function withOutageHandling(client: PrismaClient): PrismaClient {
  const extended = client.$extends({
    name: "database-outage",
    query: {
      async $allOperations({ args, query }) {
        try {
          const result = await query(args);
          reportDatabaseAnswered();
          return result;
        } catch (error) {
          if (reportDatabaseFailure(error)) {
            const target = await retryTarget();
            if (target) {
              markPageFailing(target.key);
              const { redirect, RedirectType } = await import("next/navigation");
              redirect(target.url, RedirectType.replace);
            }
          }
          throw error;
        }
      },
    },
  });
  // A query extension changes what queries do, not the client's API.
  return extended as unknown as PrismaClient;
}

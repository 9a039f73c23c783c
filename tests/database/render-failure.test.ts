// A page render that fails for want of the database sends the browser back to the page's own
// address (a redirect Next.js answers 307), remembered as failing so that the proxy answers the
// retry 503. Only renders the proxy marked do that; everything else gets the error as it was.
import { beforeEach, describe, expect, it, vi } from "vitest";

const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => request.headers }));

import { isRedirectError } from "next/dist/client/components/redirect-error";
import { databaseIsUnreachable, pageIsFailing, reportDatabaseAnswered } from "@/lib/database/health.mjs";
import { PAGE_URL_HEADER, withOutageHandling } from "@/lib/database/render-failure";
import { createPrismaClient, db } from "@/lib/db";
import { refusingDatabaseUrl } from "../helpers/unreachable-database";

async function failureOf(work: () => Promise<unknown>): Promise<unknown> {
  return work().then(
    () => expect.fail("expected a failure"),
    (error: unknown) => error,
  );
}

function renderingPage(url: string | null) {
  request.headers = new Headers(url === null ? {} : { [PAGE_URL_HEADER]: url });
}

const refused = withOutageHandling(createPrismaClient(await refusingDatabaseUrl()));

beforeEach(() => {
  reportDatabaseAnswered();
});

describe("a query that fails for want of the database", () => {
  it("during a marked page render, sends the browser back to the page, which is remembered as failing", async () => {
    renderingPage("/search?q=her");
    const error = await failureOf(() => refused.film.findMany());
    expect(isRedirectError(error)).toBe(true);
    expect((error as { digest: string }).digest).toContain(";/search?q=her;307;");
    expect(pageIsFailing("/search?q=her")).toBe(true);
    expect(databaseIsUnreachable()).toBe(true);
  });

  it("outside a page render (an action, a script), is thrown as it was, and still reported", async () => {
    renderingPage(null);
    const error = await failureOf(() => refused.$queryRaw`SELECT 1`);
    expect(isRedirectError(error)).toBe(false);
    expect(String(error)).toContain("Can't reach database server");
    expect(databaseIsUnreachable()).toBe(true);
  });

  it("never sends the browser off the site, whatever the header says", async () => {
    renderingPage("//evil.example/phish");
    const error = await failureOf(() => refused.film.findFirst());
    expect(isRedirectError(error)).toBe(false);
    expect(pageIsFailing("//evil.example/phish")).toBe(false);
  });
});

describe("any other query", () => {
  it("that fails for another reason, is thrown as it was, during a render too", async () => {
    renderingPage("/films/duplicate");
    // `db`, the app's client, is the shared client as withOutageHandling wraps it.
    await db.film.create({ data: { slug: "render-failure-dup", title: "Once" } });
    const error = await failureOf(() => db.film.create({ data: { slug: "render-failure-dup", title: "Twice" } }));
    expect(isRedirectError(error)).toBe(false);
    expect(pageIsFailing("/films/duplicate")).toBe(false);
    expect(databaseIsUnreachable()).toBe(false);
  });

  it("that succeeds, tells the process the database answers", async () => {
    renderingPage("/films");
    await failureOf(() => refused.film.findFirst());
    expect(databaseIsUnreachable()).toBe(true);
    expect(await db.film.count()).toBeGreaterThanOrEqual(0);
    expect(databaseIsUnreachable()).toBe(false);
  });
});

// The proxy's answer to page requests, as far as the database goes: pass a live page on,
// marked with its address; 503 with the "we're having trouble" page while the database doesn't
// answer, or when the page's render just failed for want of it; cached shared pages served all
// the same; server actions left alone to answer with their own clean error.
import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import SharedPageCache from "@/lib/page-cache/shared-page-cache.mjs";
import { markPageFailing, reportDatabaseAnswered, reportDatabaseFailure, RETRY_AFTER_SECONDS } from "@/lib/database/health.mjs";
import { PAGE_URL_HEADER } from "@/lib/database/render-failure";
import { proxy } from "@/proxy";
import { refusingDatabaseUrl } from "../helpers/unreachable-database";

const ORIGIN = "http://marquee.test";

function request(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return proxy(new NextRequest(`${ORIGIN}${path}`, init));
}

/** What the proxy did: rewrote (to where), passed on (with which page address), or answered itself. */
function outcome(response: Response) {
  return {
    status: response.status,
    rewrite: response.headers.get("x-middleware-rewrite"),
    passedOn: response.headers.get("x-middleware-next") === "1",
    pageUrl: response.headers.get(`x-middleware-request-${PAGE_URL_HEADER}`),
    overridden: response.headers.get("x-middleware-override-headers")?.split(",") ?? [],
    retryAfter: response.headers.get("retry-after"),
    cacheControl: response.headers.get("cache-control"),
  };
}

const UNAVAILABLE = { status: 503, rewrite: `${ORIGIN}/unavailable`, retryAfter: String(RETRY_AFTER_SECONDS), cacheControl: "no-store" };

/** The database stops answering, and stays so: the probes go to an address that refuses them. */
async function databaseGoesAway() {
  vi.stubEnv("DATABASE_URL", await refusingDatabaseUrl());
  reportDatabaseFailure(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }));
}

afterEach(() => {
  vi.unstubAllEnvs();
  reportDatabaseAnswered();
});

describe("while the database answers", () => {
  it("passes a live page's GET on, marked with its address (without Next.js's _rsc)", async () => {
    expect(outcome(await request("/search?q=her&_rsc=abc"))).toMatchObject({ status: 200, passedOn: true, pageUrl: "/search?q=her" });
  });

  it("replaces a page address a client sent with its own", async () => {
    const result = outcome(await request("/settings", { headers: { [PAGE_URL_HEADER]: "//evil.example/" } }));
    expect(result.pageUrl).toBe("/settings");
  });

  it("passes a server action's POST on unmarked, dropping a marker a client sent", async () => {
    const plain = outcome(await request("/reviews/r1", { method: "POST" }));
    expect(plain).toMatchObject({ passedOn: true, pageUrl: null });
    const forged = outcome(await request("/reviews/r1", { method: "POST", headers: { [PAGE_URL_HEADER]: "/elsewhere" } }));
    expect(forged.passedOn).toBe(true);
    expect(forged.overridden).not.toContain(PAGE_URL_HEADER);
  });

  it("serves a signed-out reader the shared page", async () => {
    expect(outcome(await request("/films/her?sort=helpful"))).toMatchObject({ rewrite: `${ORIGIN}/shared/guest/film/her/sort%3Dhelpful` });
  });

  it("answers 503 for a page whose render just failed for want of the database", async () => {
    markPageFailing("/search?q=locked");
    expect(outcome(await request("/search?q=locked"))).toMatchObject(UNAVAILABLE);
    expect(outcome(await request("/search?q=other"))).toMatchObject({ passedOn: true });
  });

  it("answers 503 for a shared page whose render just failed, unless the cache holds it", async () => {
    markPageFailing("/reviews/failing-review?sort=top");
    expect(outcome(await request("/reviews/failing-review?sort=top"))).toMatchObject(UNAVAILABLE);
  });

  it("never serves the internal pages at their own address", async () => {
    expect((await request("/unavailable")).status).toBe(404);
    expect((await request("/shared/guest/home/-")).status).toBe(404);
  });
});

describe("while the database doesn't answer", () => {
  it("answers a live page 503, with Retry-After and the 'we're having trouble' page, never to be cached", async () => {
    await databaseGoesAway();
    expect(outcome(await request("/search?q=her"))).toMatchObject(UNAVAILABLE);
    expect(outcome(await request("/settings"))).toMatchObject(UNAVAILABLE);
    expect(outcome(await request("/sitemap.xml"))).toMatchObject(UNAVAILABLE);
  });

  it("answers a shared page 503 when the cache doesn't hold it", async () => {
    await databaseGoesAway();
    expect(outcome(await request("/reviews/not-cached"))).toMatchObject(UNAVAILABLE);
  });

  it("serves a shared page the cache holds, as it is", async () => {
    await new SharedPageCache({}).set("/route-cache/APP_PAGE/0123abcd/$/shared/guest/review/cached-review/-", {
      kind: "APP_PAGE",
      html: "<p>cached</p>",
      rscData: Buffer.from("cached"),
      headers: {},
      status: 200,
    });
    await databaseGoesAway();
    expect(outcome(await request("/reviews/cached-review"))).toMatchObject({ status: 200, rewrite: `${ORIGIN}/shared/guest/review/cached-review/-` });
    // Another sort of the same review is another page, not cached.
    expect(outcome(await request("/reviews/cached-review?sort=top"))).toMatchObject(UNAVAILABLE);
  });

  it("leaves server actions to answer for themselves", async () => {
    await databaseGoesAway();
    expect(outcome(await request("/reviews/r1", { method: "POST" }))).toMatchObject({ passedOn: true });
  });

  it("passes pages on again once a probe finds the database back", async () => {
    const workingUrl = process.env.DATABASE_URL!;
    await databaseGoesAway();
    expect(outcome(await request("/search?q=back"))).toMatchObject(UNAVAILABLE);
    vi.stubEnv("DATABASE_URL", workingUrl);
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // probes are at most a second apart
    expect(outcome(await request("/search?q=back"))).toMatchObject({ passedOn: true, pageUrl: "/search?q=back" });
  });
});

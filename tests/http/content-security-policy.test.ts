// The script policy: every page request carries a fresh nonce to its render, a page rendered for
// the request names that nonce to the browser, and a page the page cache serves names the nonce
// its own HTML carries, on the response that rendered it and on every hit. Browsers hold scripts
// to it: e2e/content-security-policy.spec.ts.
import type { IncomingMessage } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import SharedPageCache from "@/lib/page-cache/shared-page-cache.mjs";
import { cameOverHttps, proxyTrustFrom } from "@/lib/client-address.mjs";
import { FIXED_POLICY, pagePolicy, renderedNonce, withRenderedPolicy } from "@/lib/http/content-security-policy.mjs";
import { proxy } from "@/proxy";

const ORIGIN = "http://marquee.test";

function request(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return proxy(new NextRequest(`${ORIGIN}${path}`, init));
}

/** The directives of a policy, by name. */
function directives(policy: string | null | undefined): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const directive of (policy ?? "").split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) parsed.set(name, sources);
  }
  return parsed;
}

const nonceOf = (policy: string | null | undefined) => directives(policy).get("script-src")?.find((source) => source.startsWith("'nonce-"))?.slice(7, -1);

/** The policy the proxy gives the render (the request's) and the one it sends the browser (the response's). */
async function policiesFor(path: string, init?: { method?: string; headers?: Record<string, string> }) {
  const response = await request(path, init);
  return {
    forRender: response.headers.get("x-middleware-request-content-security-policy"),
    forBrowser: response.headers.get("content-security-policy"),
    rewrite: response.headers.get("x-middleware-rewrite"),
  };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("a page's policy", () => {
  it("lets only scripts with its nonce run, and the chunks they load: no 'unsafe-inline', no eval", () => {
    const script = directives(pagePolicy("bm9uY2U=", { development: false })).get("script-src");
    expect(script).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
  });

  it("allows eval only in development, where React rebuilds server error stacks with it", () => {
    expect(directives(pagePolicy("bm9uY2U=", { development: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("allows inline <style> by nonce, except in development, where Next.js injects stylesheets without one", () => {
    expect(directives(pagePolicy("bm9uY2U=", { development: false })).get("style-src")).toEqual(["'self'", "'nonce-bm9uY2U='"]);
    expect(directives(pagePolicy("bm9uY2U=", { development: true })).get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("keeps frames, plugins, <base> and other sites' form targets out, as the fixed policy sent everywhere does", () => {
    const page = directives(pagePolicy("bm9uY2U="));
    for (const [name, sources] of directives(FIXED_POLICY)) expect(page.get(name)).toEqual(sources);
    expect(page.get("frame-ancestors")).toEqual(["'none'"]);
    expect(page.get("object-src")).toEqual(["'none'"]);
    expect(page.get("base-uri")).toEqual(["'self'"]);
    expect(page.get("form-action")).toEqual(["'self'"]);
    expect(page.get("img-src")).toEqual(["'self'", "data:"]);
  });
});

describe("the proxy", () => {
  it("gives a live page a fresh nonce, the same on the request (for the render) and the response (for the browser)", async () => {
    const first = await policiesFor("/search?q=her");
    expect(first.forBrowser).toBe(first.forRender);
    expect(nonceOf(first.forBrowser)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    const second = await policiesFor("/search?q=her");
    expect(nonceOf(second.forBrowser)).not.toBe(nonceOf(first.forBrowser));
  });

  it("replaces a policy a client sent, so nobody chooses the nonce a page is rendered with", async () => {
    const chosen = "script-src 'nonce-Y2hvc2Vu'";
    const live = await policiesFor("/search", { headers: { "content-security-policy": chosen } });
    const shared = await policiesFor("/films/her", { headers: { "content-security-policy": chosen } });
    for (const policy of [live.forRender, shared.forRender]) expect(nonceOf(policy)).not.toBe("Y2hvc2Vu");
  });

  it("gives a shared page's render a fresh nonce, but leaves the browser's policy to the cached rendering", async () => {
    const shared = await policiesFor("/reviews/r1?sort=top");
    expect(shared.rewrite).toBe(`${ORIGIN}/shared/guest/review/r1/sort%3Dtop`);
    expect(nonceOf(shared.forRender)).toBeTruthy();
    expect(shared.forBrowser).toBeNull();
  });

  it("sends a shared page's policy itself in development, where Next.js caches no page", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const shared = await policiesFor("/films");
    expect(shared.forBrowser).toBe(shared.forRender);
    expect(directives(shared.forBrowser).get("script-src")).toContain("'unsafe-eval'");
  });

  it("gives a server action's response (a page, when a form is posted before the page hydrated) its own nonce", async () => {
    const action = await policiesFor("/reviews/r1", { method: "POST" });
    expect(action.forBrowser).toBe(action.forRender);
    expect(nonceOf(action.forBrowser)).toBeTruthy();
  });
});

describe("a page the cache serves", () => {
  const key = (path: string) => `/route-cache/APP_PAGE/0123abcd/$${path}`;
  const rendered = (nonce: string) => ({
    kind: "APP_PAGE",
    html: `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async="" nonce="${nonce}"></script></head><body><p>nonce="not-this"</p><script nonce="${nonce}">self.__next_f.push([1,""])</script></body></html>`,
    rscData: Buffer.from(""),
    headers: { "x-next-cache-tags": "_N_T_/layout" } as Record<string, string>,
    status: 200,
  });

  it("reads the nonce its render put on its scripts", () => {
    expect(renderedNonce(rendered("cmVuZGVy").html)).toBe("cmVuZGVy");
    expect(renderedNonce("<html><body><script>alert(1)</script></body></html>")).toBeNull();
    expect(renderedNonce('<script nonce="a b"></script>')).toBeNull();
  });

  it("is sent with the policy naming its own nonce, on the response that rendered it and on every hit", async () => {
    const cache = new SharedPageCache({});
    const path = key("/shared/guest/review/csp/-");
    const value = rendered("cmVuZGVy");
    await cache.set(path, value);
    // The very object Next.js then sends for the render that made it.
    expect(nonceOf(value.headers["content-security-policy"])).toBe("cmVuZGVy");
    expect(value.headers["x-next-cache-tags"]).toBe("_N_T_/layout");
    const hit = (await cache.get(path)) as { value: { headers: Record<string, string> } };
    expect(hit.value.headers["content-security-policy"]).toBe(pagePolicy("cmVuZGVy"));
  });

  it("takes a new rendering's nonce when the page is rendered again", async () => {
    const cache = new SharedPageCache({});
    const path = key("/shared/guest/review/csp-again/-");
    await cache.set(path, rendered("Zmlyc3Q="));
    await cache.set(path, rendered("c2Vjb25k"));
    const hit = (await cache.get(path)) as { value: { headers: Record<string, string> } };
    expect(nonceOf(hit.value.headers["content-security-policy"])).toBe("c2Vjb25k");
  });

  it("gets the policy even when it isn't kept (an error page is rendered afresh each time)", async () => {
    const value = { ...rendered("ZXJyb3I="), status: 404 };
    await new SharedPageCache({}).set(key("/shared/guest/review/missing/-"), value);
    expect(nonceOf(value.headers["content-security-policy"])).toBe("ZXJyb3I=");
  });

  it("leaves anything but a rendered page alone", () => {
    const route = { kind: "APP_ROUTE", body: Buffer.from("x"), headers: {}, status: 200 };
    expect(withRenderedPolicy(route)).toEqual({ kind: "APP_ROUTE", body: Buffer.from("x"), headers: {}, status: 200 });
  });
});

describe("Strict-Transport-Security", () => {
  const arriving = (peer: string, headers: Record<string, string> = {}, encrypted = false) =>
    ({ socket: { remoteAddress: peer, encrypted }, headers }) as unknown as IncomingMessage;
  const none = proxyTrustFrom({}).trust;
  const trusted = proxyTrustFrom({ TRUSTED_PROXIES: "10.0.0.0/8" }).trust;

  it("is sent for a request that came over TLS, or that a trusted proxy says came over HTTPS", () => {
    expect(cameOverHttps(arriving("203.0.113.7", {}, true), none)).toBe(true);
    expect(cameOverHttps(arriving("10.0.0.2", { "x-forwarded-proto": "https" }), trusted)).toBe(true);
    expect(cameOverHttps(arriving("10.0.0.2", { "x-forwarded-proto": "HTTPS, http" }), trusted)).toBe(true);
  });

  it("is not sent over plain HTTP, whatever a client that isn't a trusted proxy claims", () => {
    expect(cameOverHttps(arriving("203.0.113.7"), none)).toBe(false);
    expect(cameOverHttps(arriving("203.0.113.7", { "x-forwarded-proto": "https" }), none)).toBe(false);
    expect(cameOverHttps(arriving("203.0.113.7", { "x-forwarded-proto": "https" }), trusted)).toBe(false);
    expect(cameOverHttps(arriving("10.0.0.2", { "x-forwarded-proto": "http" }), trusted)).toBe(false);
  });
});

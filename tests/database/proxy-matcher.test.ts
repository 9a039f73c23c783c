// Which requests reach the proxy (and so get a 503 from it while the database is down): every
// page, and its server actions, and Auth.js's endpoints; not Next.js's files, static files, or the route handlers, which
// answer an outage themselves. Apart from proxy-outage.test.ts: Next.js's matcher helper loads
// server internals that the proxy's own tests must not share a process with.
import { describe, expect, it } from "vitest";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { config } from "@/proxy";

const seen = (path: string) => unstable_doesMiddlewareMatch({ config, url: `http://marquee.test${path}` });

describe("the proxy's matcher", () => {
  it("takes every page, sitemap.xml included", () => {
    for (const path of ["/", "/search?q=her", "/reviews/r1", "/films/her", "/settings", "/admin/queue", "/users/someone", "/comments/c1", "/sign-in", "/unavailable", "/shared/guest/home/-", "/sitemap.xml"]) {
      expect(seen(path), path).toBe(true);
    }
  });

  it("takes Auth.js's endpoints, whose request bodies it limits", () => {
    for (const path of ["/api/auth/session", "/api/auth/callback/credentials"]) {
      expect(seen(path), path).toBe(true);
    }
  });

  it("leaves out Next.js's files, static files and the route handlers", () => {
    for (const path of ["/_next/static/chunks/app.js", "/_next/image", "/api/viewer", "/api/account/export", "/feed.xml", "/icon.svg", "/robots.txt", "/apple-touch-icon.png", "/images/og.jpeg"]) {
      expect(seen(path), path).toBe(false);
    }
  });
});

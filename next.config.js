// @ts-check
// Next.js configuration. Live pages read the database on every request (see `connection()` in
// each page), so nothing here depends on build-time data.
import { fileURLToPath } from "node:url";
import { PROXY_BODY_BUFFER, SERVER_ACTION_BODY_LIMIT } from "./lib/http/body-limits.mjs";

/**
 * Sent with every response. Cheap defences that don't need per-request nonces:
 * - nosniff: browsers never guess a script out of an uploaded or user-written file;
 * - referrer policy: external links in reviews and comments don't leak our paths;
 * - frame-ancestors: nobody can frame the site to click-jack the comment and moderation forms.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
  { key: "X-Frame-Options", value: "DENY" },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // server.mjs compresses instead, with the `compression` middleware, reusing one gzipped copy of each
  // cached page (lib/cache/compressed-pages.mjs). Serving with plain `next start` sends uncompressed.
  compress: false,
  reactStrictMode: true,
  // Pages signed-out readers share are cached in memory and expired through PostgreSQL, so
  // every instance agrees (lib/cache/shared-page-cache.mjs). It replaces Next.js's own memory cache.
  cacheHandler: fileURLToPath(new URL("./lib/cache/shared-page-cache.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  // The proxy's request.url then has the origin Next.js resolves rewrites against. Otherwise it
  // says "localhost" while `next start --hostname <host>` resolves against <host>, and the guest
  // rewrite would be proxied out over HTTP as if to another site (and refused as /shared).
  skipProxyUrlNormalize: true,
  // proxy.ts removes trailing slashes itself, after answering old WordPress permalinks (which
  // end in one) with a single 301.
  skipTrailingSlashRedirect: true,
  experimental: {
    // The proxy refuses a larger action body with a 413 (lib/http/request-guards.ts) before
    // Next.js would fail it with a 500; it reads the body from this buffer.
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT },
    proxyClientMaxBodySize: PROXY_BODY_BUFFER,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;

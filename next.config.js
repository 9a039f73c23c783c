// @ts-check
// Next.js configuration. Live pages read the database on every request (see `connection()` in
// each page), so nothing here depends on build-time data.
import { fileURLToPath } from "node:url";
import { PROXY_BODY_BUFFER, SERVER_ACTION_BODY_LIMIT } from "./lib/http/body-limits.mjs";
import { FIXED_POLICY } from "./lib/http/content-security-policy.mjs";

/** Browser features the site never uses, switched off for it and anything it might embed. */
const UNUSED_FEATURES = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

/**
 * Sent with every response. Cheap defences that need no per-request nonce:
 * - nosniff: browsers never guess a script out of an uploaded or user-written file;
 * - referrer policy: external links in reviews and comments don't leak our paths;
 * - the fixed part of the Content-Security-Policy: nobody can frame the site to click-jack the
 *   comment and moderation forms, no plugins, no <base>, forms post only here. Pages add the
 *   script policy with their nonce (lib/http/content-security-policy.mjs); the proxy's replaces
 *   this one on pages rendered per request, and a cached page's is sent beside it;
 * - permissions policy: the features above are off, so an injected script couldn't ask for them.
 * Strict-Transport-Security is server.mjs's: only it knows whether the request came over HTTPS.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Content-Security-Policy", value: FIXED_POLICY },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: UNUSED_FEATURES.map((feature) => `${feature}=()`).join(", ") },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // server.mjs compresses instead, with the `compression` middleware, reusing one gzipped copy of each
  // cached page (lib/page-cache/compressed-pages.mjs). Serving with plain `next start` sends uncompressed.
  compress: false,
  reactStrictMode: true,
  // Pages signed-out readers share are cached in memory and expired through PostgreSQL, so
  // every instance agrees (lib/page-cache/shared-page-cache.mjs). It replaces Next.js's own memory cache.
  cacheHandler: fileURLToPath(new URL("./lib/page-cache/shared-page-cache.mjs", import.meta.url)),
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

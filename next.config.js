// @ts-check
// Next.js configuration. Pages read the database on every request (see `connection()` in each
// page), so nothing here depends on build-time data.

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
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;

// @ts-check
// The Content-Security-Policy of Marquee's pages. Scripts run only when they carry the nonce the
// policy names, and 'strict-dynamic' passes that trust on to the chunks they load; an injected
// <script>, inline or not, has no nonce and is refused. Next.js reads the nonce from the
// request's policy while rendering and puts it on every script it writes
// (https://nextjs.org/docs/app/guides/content-security-policy).
//
// Where the nonce comes from:
// - Pages rendered per request: the proxy makes a nonce for each request and puts the policy on
//   the request (for the render) and on the response (for the browser).
// - Pages served from the page cache (the /shared pages, and /unavailable): their HTML is
//   rendered once and sent to many readers, so the nonce is the one of that render. The proxy
//   still gives the request a fresh nonce, which a render that happens (a miss, a stale page
//   rendered again) bakes in; the cache handler reads it back from the rendered HTML and stores
//   the matching policy in the entry's headers, which Next.js sends with the page on that first
//   response and on every hit (withRenderedPolicy). A nonce is thus shared by the readers of one
//   rendering, and never outlives it: whatever changes the page's content makes a new render
//   with a new nonce, unknown until that render is sent. See README, "Security headers".
//
// Plain JavaScript because the cache handler (lib/page-cache/shared-page-cache.mjs) and
// next.config.js import it untranspiled.
import { randomBytes } from "node:crypto";

export const POLICY_HEADER = "content-security-policy";

/**
 * The directives that need no nonce, sent by next.config.js with every response, pages or not.
 * A page's own policy (below) repeats them; a second policy only ever narrows what is allowed.
 */
const FIXED_DIRECTIVES = [
  // Nobody frames the site (click-jacking the comment and moderation forms).
  "frame-ancestors 'none'",
  "object-src 'none'",
  // An injected <base> could send relative script and form addresses elsewhere.
  "base-uri 'self'",
  // Forms post only here. (OAuth sign-in starts from a server action called by script, and
  // Auth.js then navigates to the provider: a navigation, not a form submission.)
  "form-action 'self'",
];

export const FIXED_POLICY = FIXED_DIRECTIVES.join("; ");

/** 128 random bits, base64: what Next.js's nonce pattern accepts. */
export function scriptNonce() {
  return randomBytes(16).toString("base64");
}

/**
 * A page's whole policy for `nonce`.
 * - script-src: the nonce and 'strict-dynamic'; 'self' only for browsers without
 *   'strict-dynamic' (CSP 2), which ignore the latter. In development React evaluates server
 *   error stacks, which needs 'unsafe-eval' (never in production).
 * - style-src: stylesheets from here, and the inline <style> elements Next.js writes, by nonce.
 *   style attributes (a few in the admin's tables) are allowed: CSS can't run script, and
 *   React sets them from values, never from text a member wrote. In development Next.js
 *   injects each stylesheet as a <style> without a nonce, so any inline style is allowed there.
 * - Everything else from this origin only: images (the site shows no external images: images
 *   in Markdown become links; data: for the small SVG icons in the stylesheet), fonts
 *   (bundled), fetches (server actions, /api/viewer).
 * @param {string} nonce
 * @param {{ development?: boolean }} [options]
 */
export function pagePolicy(nonce, { development = process.env.NODE_ENV === "development" } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    ...FIXED_DIRECTIVES,
  ].join("; ");
}

/** Next.js's own nonce pattern (get-script-nonce-from-header in next/dist/server/app-render). */
const NONCE = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * The nonce a rendered page's scripts carry: that of its first <script>, which Next.js writes
 * in the <head>, before anything a member wrote (whose text React escapes anyway).
 * @param {string} html
 * @returns {string | null}
 */
export function renderedNonce(html) {
  const match = /<script\b[^>]*?\snonce="([^"]*)"/.exec(html);
  return match && NONCE.test(match[1] ?? "") ? (match[1] ?? null) : null;
}

/**
 * Gives a rendered page (Next.js's APP_PAGE cache value) the policy that names the nonce its
 * HTML carries, in the headers Next.js sends with it. Changes `value` itself: Next.js sends the
 * very object it hands the cache handler's set() on the response that rendered it, and the
 * stored copy on every hit. A page without a nonce (none is rendered so: every page request
 * passes the proxy) is left with the fixed policy alone.
 * @param {any} value
 */
export function withRenderedPolicy(value) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string") return value;
  const nonce = renderedNonce(value.html);
  if (nonce) value.headers = { ...value.headers, [POLICY_HEADER]: pagePolicy(nonce) };
  return value;
}

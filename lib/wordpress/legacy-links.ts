// Old WordPress links answer 301 to the review the post became: `/?p=<id>` by the post's id,
// a pretty permalink (`/2014/01/20/some-review/`) by its path. Checked by the proxy before any
// page (the home page is a cached shared page, and would otherwise answer `/?p=` itself), with
// one indexed query, and only for requests no page of Marquee's own would answer.
import { db } from "@/lib/db";
import { legacyPostId, normalizeLegacyPath } from "./legacy-paths";

/**
 * The first path segments Marquee's own routes use (app/): a request under one of them is
 * never an old WordPress link, so it costs no query. tests/wordpress/legacy-links.test.ts
 * checks the list against app/.
 */
export const APP_SEGMENTS = new Set([
  "account-status",
  "admin",
  "api",
  "comments",
  "feed.xml",
  "films",
  "forgot-password",
  "icon.svg",
  "notifications",
  "reset-password",
  "reviews",
  "robots.txt",
  "search",
  "settings",
  "shared",
  "sign-in",
  "sign-up",
  "sitemap.xml",
  "unavailable",
  "unsubscribe",
  "users",
  "verify-email",
  "_next",
]);

function firstSegment(pathname: string): string {
  return pathname.split("/")[1] ?? "";
}

/** Files browsers and robots ask for on their own (favicon.ico, apple-touch-icon.png, .well-known/…): never a post. */
function isFileRequest(pathname: string): boolean {
  if (pathname.startsWith("/.well-known/")) return true;
  const extension = /\.([a-z0-9]{1,8})\/?$/i.exec(pathname)?.[1]?.toLowerCase();
  // Permalinks may end in .html, or go through index.php.
  return extension !== undefined && !["html", "htm", "php"].includes(extension);
}

/** Whether a request could be an old link at all (before asking the database). */
export function mayBeLegacyLink(pathname: string, search: URLSearchParams): boolean {
  if (pathname === "/") return legacyPostId(search) !== null;
  return !APP_SEGMENTS.has(firstSegment(pathname)) && !isFileRequest(pathname);
}

interface Candidate {
  reviewId: string;
  siteUrl: string;
  siteCreatedAt: Date;
}

/** "blog.example.com/films" → "/films"; "" for a site at its domain's root. */
function sitePath(siteUrl: string): string {
  const slash = siteUrl.indexOf("/");
  return slash === -1 ? "" : siteUrl.slice(slash);
}

/**
 * Two imported sites can share a post id or a path. The one served on the request's own
 * host wins (a blog whose domain now points here); otherwise the site imported first.
 */
function choose(candidates: Candidate[], host: string | null): Candidate | undefined {
  const bare = host?.toLowerCase().replace(/:\d+$/, "").replace(/^www\./, "");
  const onHost = candidates.find((candidate) => bare && candidate.siteUrl.split("/")[0] === bare);
  return onHost ?? [...candidates].sort((a, b) => a.siteCreatedAt.getTime() - b.siteCreatedAt.getTime())[0];
}

const SELECT = { reviewId: true, site: { select: { url: true, createdAt: true } } } as const;

function toCandidate(row: { reviewId: string; site: { url: string; createdAt: Date } }): Candidate {
  return { reviewId: row.reviewId, siteUrl: row.site.url, siteCreatedAt: row.site.createdAt };
}

/**
 * The review an old link points at, as its path (`/reviews/<id>`), or null. `?p=<id>` is read
 * where the blog answered it: its root, or its index.php (`/blog/?p=5` for a blog in /blog).
 */
export async function legacyRedirectPath(pathname: string, search: URLSearchParams, host: string | null): Promise<string | null> {
  const postId = legacyPostId(search);
  if (postId !== null) {
    const base = normalizeLegacyPath(pathname.replace(/\/index\.php\/?$/i, "/")) ?? "";
    const rows = await db.wordPressPost.findMany({ where: { postId }, select: SELECT, take: 20 });
    const chosen = choose(rows.map(toCandidate).filter((candidate) => sitePath(candidate.siteUrl) === base), host);
    if (chosen) return `/reviews/${chosen.reviewId}`;
  }
  const path = normalizeLegacyPath(pathname);
  if (!path) return null;
  const rows = await db.wordPressPost.findMany({ where: { path }, select: SELECT, take: 20 });
  const chosen = choose(rows.map(toCandidate), host);
  return chosen ? `/reviews/${chosen.reviewId}` : null;
}

import type { Metadata } from "next";

export const SITE_NAME = "Marquee";
export const SITE_DESCRIPTION =
  "Film reviews from critics and the community, with a conversation under every one.";

/** Where `npm run dev` / `npm start` serve the app when nothing says otherwise: their own port. */
function localOrigin(): URL {
  const port = process.env.PORT;
  return new URL(`http://localhost:${port && /^\d{1,5}$/.test(port) ? port : "3000"}`);
}

/**
 * The public origin, for absolute URLs (OpenGraph, feeds, the sitemap, JSON-LD). Auth.js's
 * AUTH_URL wins when set, then SITE_URL; without either, the local address on PORT.
 */
export function siteOrigin(): URL {
  const configured = process.env.AUTH_URL || process.env.SITE_URL;
  if (!configured) return localOrigin();
  try {
    return new URL(configured);
  } catch {
    return localOrigin();
  }
}

/** The card shown where a page is shared, unless the page has its own (public/, from scripts/render-brand-images.ts). */
export const DEFAULT_OPEN_GRAPH_IMAGE = {
  url: "/og-image.png",
  width: 1200,
  height: 630,
  alt: `${SITE_NAME}: film reviews from critics and the community`,
};

/** What every page inherits from the root layout. */
export function rootMetadata(): Metadata {
  return {
    metadataBase: siteOrigin(),
    title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
    description: SITE_DESCRIPTION,
    applicationName: SITE_NAME,
    alternates: { types: { "application/rss+xml": [{ url: "/feed.xml", title: `${SITE_NAME}: latest reviews` }] } },
    openGraph: { siteName: SITE_NAME, locale: "en", type: "website", title: SITE_NAME, description: SITE_DESCRIPTION, images: [DEFAULT_OPEN_GRAPH_IMAGE] },
    twitter: { card: "summary_large_image", title: SITE_NAME, description: SITE_DESCRIPTION, images: [DEFAULT_OPEN_GRAPH_IMAGE] },
    // app/icon.svg is the favicon; these are served from public/ (scripts/render-brand-images.ts).
    icons: { apple: { url: "/apple-touch-icon.png", sizes: "180x180", type: "image/png" } },
    manifest: "/manifest.webmanifest",
  };
}

interface PageMetadataInput {
  title: string;
  description: string;
  /** Path of the canonical URL, e.g. `/films/her`. */
  path: string;
  openGraph?: NonNullable<Metadata["openGraph"]>;
}

/**
 * Title, description, canonical URL and OpenGraph for one page. Next.js replaces (not merges)
 * the layout's `openGraph` object, so the site-wide fields are repeated here once for all pages.
 */
export function pageMetadata({ title, description, path, openGraph }: PageMetadataInput): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      siteName: SITE_NAME,
      locale: "en",
      type: "website",
      title,
      description,
      url: path,
      images: [DEFAULT_OPEN_GRAPH_IMAGE],
      ...openGraph,
    },
    twitter: { card: "summary_large_image", title, description, images: [DEFAULT_OPEN_GRAPH_IMAGE] },
  };
}

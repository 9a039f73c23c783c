import type { Metadata } from "next";

export const SITE_NAME = "Marquee";
export const SITE_DESCRIPTION =
  "Film reviews from critics and the community, with a conversation under every one.";

/** The public origin, for absolute OpenGraph URLs. Auth.js's AUTH_URL wins when set. */
export function siteOrigin(): URL {
  const configured = process.env.AUTH_URL ?? process.env.SITE_URL ?? "http://localhost:3000";
  try {
    return new URL(configured);
  } catch {
    return new URL("http://localhost:3000");
  }
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
      ...openGraph,
    },
    twitter: { card: "summary", title, description },
  };
}

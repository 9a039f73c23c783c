import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { GeistSans } from "geist/font/sans";
import "@fontsource-variable/source-serif-4/opsz.css";
import "@fontsource-variable/source-serif-4/opsz-italic.css";
import "./globals.css";
import { FocusKeeper } from "@/components/layout/focus-keeper";
import { SkipLink } from "@/components/layout/skip-link";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { ViewerLayerProvider } from "@/components/viewer/viewer-layer";
import { SITE_DESCRIPTION, SITE_NAME, siteOrigin } from "./site-metadata";

export const metadata: Metadata = {
  metadataBase: siteOrigin(),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
  alternates: { types: { "application/rss+xml": [{ url: "/feed.xml", title: `${SITE_NAME}: latest reviews` }] } },
  openGraph: { siteName: SITE_NAME, locale: "en", type: "website", title: SITE_NAME, description: SITE_DESCRIPTION },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafaf9" },
    { media: "(prefers-color-scheme: dark)", color: "#0c0a09" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={GeistSans.variable}>
      <body className="flex min-h-dvh flex-col bg-canvas font-sans text-ink antialiased">
        <SkipLink />
        <ViewerLayerProvider>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="flex-1">
            {children}
          </main>
          <SiteFooter />
        </ViewerLayerProvider>
        <FocusKeeper />
      </body>
    </html>
  );
}

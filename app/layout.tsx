import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { GeistSans } from "geist/font/sans";
import "@fontsource-variable/source-serif-4/opsz.css";
import "@fontsource-variable/source-serif-4/opsz-italic.css";
import "./globals.css";
import { FocusKeeper } from "@/components/layout/focus-keeper";
import { LiveAccountProvider } from "@/components/layout/live-account";
import { SkipLink } from "@/components/layout/skip-link";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { ViewerLayerProvider } from "@/lib/page-cache/viewer-layer-provider";
import { rootMetadata } from "./site-metadata";

export const metadata: Metadata = rootMetadata();

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
          <LiveAccountProvider>
            <SiteHeader />
            <main id="main" tabIndex={-1} className="flex-1">
              {children}
            </main>
            <SiteFooter />
          </LiveAccountProvider>
        </ViewerLayerProvider>
        <FocusKeeper />
      </body>
    </html>
  );
}

import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { absoluteUrl } from "@/lib/seo/json-ld";

/** robots.txt: everything public may be crawled; account, notification, admin and API routes may not. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  // Read the public origin when asked, not when built: the build machine's may differ.
  await connection();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/settings", "/notifications", "/api"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}

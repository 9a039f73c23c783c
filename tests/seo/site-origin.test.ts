// Absolute links (the feed, the sitemap, JSON-LD, OpenGraph) need the site's public address.
// Without AUTH_URL or SITE_URL they used to point at localhost:3000 even when the app served on
// another PORT, so every link in the feed of a local install on :8080 was broken.
import { afterEach, describe, expect, it } from "vitest";
import { siteOrigin } from "@/app/site-metadata";
import { absoluteUrl } from "@/lib/seo/json-ld";

const saved = { AUTH_URL: process.env.AUTH_URL, SITE_URL: process.env.SITE_URL, PORT: process.env.PORT };

afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

function environment(values: { AUTH_URL?: string; SITE_URL?: string; PORT?: string }) {
  for (const key of ["AUTH_URL", "SITE_URL", "PORT"] as const) {
    if (values[key] === undefined) delete process.env[key];
    else process.env[key] = values[key];
  }
}

describe("the site's public address", () => {
  it("follows PORT when neither AUTH_URL nor SITE_URL is set", () => {
    environment({ PORT: "8080" });
    expect(siteOrigin().href).toBe("http://localhost:8080/");
    expect(absoluteUrl("/feed.xml")).toBe("http://localhost:8080/feed.xml");
  });

  it("is localhost:3000, the default port, with nothing set at all (or a PORT that isn't one)", () => {
    environment({});
    expect(siteOrigin().href).toBe("http://localhost:3000/");
    environment({ PORT: "eighty" });
    expect(siteOrigin().href).toBe("http://localhost:3000/");
  });

  it("is AUTH_URL when set, then SITE_URL, whatever the port", () => {
    environment({ AUTH_URL: "https://films.example.org", SITE_URL: "https://other.example.org", PORT: "8080" });
    expect(absoluteUrl("/reviews/abc")).toBe("https://films.example.org/reviews/abc");
    environment({ SITE_URL: "https://other.example.org", PORT: "8080" });
    expect(absoluteUrl("/reviews/abc")).toBe("https://other.example.org/reviews/abc");
  });
});

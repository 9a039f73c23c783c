// What a site serves from public/: the card shown where a page is shared (OpenGraph), the icon an
// iPhone puts on the home screen, and the web app manifest with its icons. Each must exist at the
// size it claims, and the pages' metadata must point at them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_OPEN_GRAPH_IMAGE, pageMetadata, rootMetadata } from "@/app/site-metadata";

const publicDir = path.resolve(import.meta.dirname, "../../public");
const metadata = rootMetadata();

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(path.join(publicDir, file));
  expect(bytes.subarray(0, 8).toString("hex"), `${file} is a PNG`).toBe("89504e470d0a1a0a");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("public/", () => {
  it("has the default OpenGraph card, 1200×630, and every page's metadata offers it", () => {
    expect(pngSize(DEFAULT_OPEN_GRAPH_IMAGE.url.slice(1))).toEqual({ width: 1200, height: 630 });
    expect(metadata.openGraph?.images).toEqual([DEFAULT_OPEN_GRAPH_IMAGE]);
    const page = pageMetadata({ title: "Her", description: "A film", path: "/films/her" });
    expect(page.openGraph?.images).toEqual([DEFAULT_OPEN_GRAPH_IMAGE]);
    expect(page.twitter).toMatchObject({ card: "summary_large_image", images: [DEFAULT_OPEN_GRAPH_IMAGE] });
  });

  it("has a 180×180 apple-touch-icon.png, linked from every page", () => {
    expect(pngSize("apple-touch-icon.png")).toEqual({ width: 180, height: 180 });
    expect(metadata.icons).toMatchObject({ apple: { url: "/apple-touch-icon.png", sizes: "180x180" } });
  });

  it("has a web app manifest whose icons exist at the sizes it gives", () => {
    expect(metadata.manifest).toBe("/manifest.webmanifest");
    const manifest = JSON.parse(readFileSync(path.join(publicDir, "manifest.webmanifest"), "utf8")) as {
      name: string;
      start_url: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({ name: "Marquee", start_url: "/" });
    expect(manifest.icons.some((icon) => icon.purpose === "maskable")).toBe(true);
    for (const icon of manifest.icons) {
      const [width, height] = icon.sizes.split("x").map(Number);
      expect(icon.type).toBe("image/png");
      expect(pngSize(icon.src.slice(1)), icon.src).toEqual({ width, height });
    }
  });
});

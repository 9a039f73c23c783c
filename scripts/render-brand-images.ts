// `npx tsx scripts/render-brand-images.ts`: draws the images the site serves from public/ (the
// default OpenGraph card, the Apple touch icon, the web app manifest's icons) from HTML, in
// Chromium, with the site's own fonts and palette. Run it again after changing the look; the
// PNGs are committed, so neither the build nor the server needs a browser.
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { SITE_DESCRIPTION } from "@/app/site-metadata";

const root = path.resolve(import.meta.dirname, "..");
/** Inlined: a page set from a string may not load files from disk. */
const fontUrl = (file: string) => `data:font/woff2;base64,${readFileSync(path.join(root, "node_modules", file)).toString("base64")}`;

// The dark theme's palette (app/globals.css): the card reads well beside any feed.
const INK = "#f5f5f4";
const MUTED = "#a8a29e";
const CANVAS = "#0c0a09";
const SURFACE = "#1c1917";
const AMBER = "#fbbf24";

const FONTS = `
  @font-face { font-family: "Source Serif 4"; src: url(${fontUrl("@fontsource-variable/source-serif-4/files/source-serif-4-latin-opsz-normal.woff2")}) format("woff2"); font-weight: 200 900; }
  @font-face { font-family: "Geist"; src: url(${fontUrl("geist/dist/fonts/geist-sans/Geist-Variable.woff2")}) format("woff2"); font-weight: 100 900; }
  * { margin: 0; box-sizing: border-box; }
  html, body { width: 100%; height: 100%; }
`;

/** A lit bulb, with the soft glow of a marquee light. */
const bulb = (size: number, dim = false) =>
  `<span style="display:block;width:${size}px;height:${size}px;border-radius:50%;background:radial-gradient(circle at 35% 35%, #fde68a, ${AMBER} 55%, #d97706);box-shadow:0 0 ${size * 0.9}px ${size * 0.25}px rgba(251,191,36,${dim ? 0.18 : 0.45});opacity:${dim ? 0.55 : 1}"></span>`;

/** A row of bulbs, every other one dimmer, as a marquee's chase lights look in a still. */
const bulbRow = (count: number, size: number) =>
  `<div style="display:flex;justify-content:space-between">${Array.from({ length: count }, (_, index) => bulb(size, index % 2 === 1)).join("")}</div>`;

function openGraphCard(): string {
  return `<!doctype html><html><head><style>${FONTS}
    body { background: radial-gradient(ellipse 70% 60% at 50% 55%, #292017 0%, ${CANVAS} 70%); color: ${INK}; font-family: "Geist"; }
    .frame { position: absolute; inset: 34px; border: 2px solid rgba(251,191,36,0.28); border-radius: 28px; padding: 22px 30px; display: flex; flex-direction: column; justify-content: space-between; }
    .middle { display: flex; flex-direction: column; align-items: center; text-align: center; gap: 26px; }
    .kicker { font-size: 22px; letter-spacing: 0.32em; text-transform: uppercase; color: ${AMBER}; font-weight: 500; }
    h1 { font-family: "Source Serif 4"; font-variation-settings: "opsz" 60; font-size: 152px; line-height: 0.95; font-weight: 600; letter-spacing: -0.02em; }
    p { font-size: 31px; line-height: 1.35; color: ${MUTED}; max-width: 860px; text-wrap: balance; margin-top: 10px; }
  </style></head><body>
    <div class="frame">
      ${bulbRow(19, 14)}
      <div class="middle">
        <div class="kicker">Film reviews · Discussion</div>
        <h1>Marquee</h1>
        <p>${SITE_DESCRIPTION}</p>
      </div>
      ${bulbRow(19, 14)}
    </div>
  </body></html>`;
}

/**
 * The site icon (app/icon.svg) drawn large: four marquee lights on the dark surface. `inset` keeps
 * them inside the middle of the square, where a maskable icon's shape never cuts.
 */
function icon(size: number, inset: number): string {
  const bulbSize = Math.round(size * (1 - 2 * inset) * 0.3);
  return `<!doctype html><html><head><style>${FONTS}
    body { background: radial-gradient(circle at 50% 45%, #2a2119 0%, ${SURFACE} 70%); display: grid; place-items: center; }
    .lights { display: grid; grid-template-columns: repeat(2, ${bulbSize}px); gap: ${Math.round(bulbSize * 0.42)}px; }
  </style></head><body><div class="lights">${Array.from({ length: 4 }, () => bulb(bulbSize)).join("")}</div></body></html>`;
}

const IMAGES = [
  { file: "og-image.png", width: 1200, height: 630, html: openGraphCard() },
  { file: "apple-touch-icon.png", width: 180, height: 180, html: icon(180, 0.12) },
  { file: "icon-192.png", width: 192, height: 192, html: icon(192, 0.12) },
  { file: "icon-512.png", width: 512, height: 512, html: icon(512, 0.12) },
  { file: "icon-maskable-512.png", width: 512, height: 512, html: icon(512, 0.2) },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  mkdirSync(path.join(root, "public"), { recursive: true });
  for (const image of IMAGES) {
    const page = await browser.newPage({ viewport: { width: image.width, height: image.height }, deviceScaleFactor: 1 });
    await page.setContent(image.html, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(root, "public", image.file), type: "png" });
    await page.close();
    console.log(`public/${image.file} (${image.width}×${image.height})`);
  }
} finally {
  await browser.close();
}

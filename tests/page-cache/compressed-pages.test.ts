// server.mjs compresses responses in place of Next.js: a cached page is gzipped once and its
// copy reused for every reader; anything else is compressed per response by `compression`.
import { createServer, request, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptsGzip, compressedPageCounts, compressResponse } from "@/lib/page-cache/compressed-pages.mjs";

const page = (text: string) => `<!DOCTYPE html><html><body>${text.repeat(200)}</body></html>`;

/** Ends the response of "/streaming" once the client has read its first part. */
let finishStreaming: () => void = () => undefined;

/** Answers as Next.js does: a cached page whole in one end(), with its headers; a live page streamed. */
function nextLike(path: string, response: ServerResponse) {
  response.setHeader("Content-Type", "text/html; charset=utf-8");
  if (path === "/streaming") {
    // Next.js flushes the compressor after each chunk it streams (pipe-readable.js).
    response.write(page("The shell. "));
    (response as ServerResponse & { flush: () => void }).flush();
    finishStreaming = () => response.end(page("What the Suspense boundary waited for. "));
  } else if (path.startsWith("/cached/")) {
    const body = page(`Cached page ${path}. `);
    response.setHeader("x-nextjs-cache", "HIT");
    response.setHeader("ETag", `"${path}"`);
    response.setHeader("Content-Length", Buffer.byteLength(body));
    response.end(body);
  } else if (path === "/small") {
    response.setHeader("x-nextjs-cache", "HIT");
    response.end("<p>tiny</p>");
  } else {
    response.write(page("Live, first part. "));
    response.end(page("Live, second part. "));
  }
}

let server: Server;
let origin: { port: number };

beforeAll(async () => {
  server = createServer((req, res) => {
    compressResponse(req, res);
    nextLike(req.url ?? "/", res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = { port: (server.address() as AddressInfo).port };
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function get(path: string, headers: Record<string, string> = {}): Promise<{ headers: IncomingHttpHeaders; raw: Buffer }> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: "127.0.0.1", port: origin.port, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ headers: response.headers, raw: Buffer.concat(chunks) }));
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

const browser = { "accept-encoding": "gzip, deflate, br" };

describe("compressed pages", () => {
  it("gzips a cached page once, and sends every later reader the same gzipped copy", async () => {
    const before = compressedPageCounts();
    const first = await get("/cached/review-1", browser);
    const second = await get("/cached/review-1", browser);
    expect(first.headers["content-encoding"]).toBe("gzip");
    expect(first.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(first.headers["content-length"])).toBe(first.raw.length);
    expect(gunzipSync(first.raw).toString()).toBe(page("Cached page /cached/review-1. "));
    expect(second.raw.equals(first.raw)).toBe(true);
    expect(compressedPageCounts()).toEqual({ made: before.made + 1, reused: before.reused + 1 });

    // Another page is another copy.
    expect(gunzipSync((await get("/cached/review-2", browser)).raw).toString()).toBe(page("Cached page /cached/review-2. "));
    expect(compressedPageCounts().made).toBe(before.made + 2);
  });

  it("sends a cached page uncompressed to a client that doesn't take gzip", async () => {
    for (const headers of [{}, { "accept-encoding": "identity" }, { "accept-encoding": "gzip;q=0" }] as Record<string, string>[]) {
      const response = await get("/cached/review-1", headers);
      expect(response.headers["content-encoding"]).toBeUndefined();
      expect(response.raw.toString()).toBe(page("Cached page /cached/review-1. "));
    }
  });

  it("compresses a live, streamed page per response (brotli when the client takes it), and keeps no copy of it", async () => {
    const before = compressedPageCounts();
    const whole = page("Live, first part. ") + page("Live, second part. ");
    const brotli = await get("/live", browser);
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(brotli.raw).toString()).toBe(whole);
    const gzip = await get("/live", { "accept-encoding": "gzip, deflate" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.raw).toString()).toBe(whole);
    expect(compressedPageCounts()).toEqual(before);
  });

  it("sends a streamed page's first part before its end, compressed", async () => {
    const whole = await new Promise<Buffer>((resolve, reject) => {
      const outgoing = request({ host: "127.0.0.1", port: origin.port, path: "/streaming", headers: browser }, (response) => {
        expect(response.headers["content-encoding"]).toBe("br");
        const chunks: Buffer[] = [];
        // The end is only written once the first part has arrived: without the flush, this waits forever.
        response.once("data", () => finishStreaming());
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve(Buffer.concat(chunks)));
      });
      outgoing.on("error", reject);
      outgoing.end();
    });
    expect(brotliDecompressSync(whole).toString()).toBe(page("The shell. ") + page("What the Suspense boundary waited for. "));
  });

  it("leaves a body under 1 KB as it is", async () => {
    const response = await get("/small", browser);
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.raw.toString()).toBe("<p>tiny</p>");
  });

  it("reads Accept-Encoding as browsers and tools write it", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8, *;q=0.1")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("GZIP")).toBe(true);
    expect(acceptsGzip("br")).toBe(false);
    expect(acceptsGzip("gzip;q=0, br")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

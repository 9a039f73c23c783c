// @ts-check
// Response compression, done by server.mjs instead of inside Next.js (`compress: false` in
// next.config.js), for one reason: a page served from the page cache is the same bytes for
// every reader, and gzipping the 2,000-comment review page again for each of them was about
// half the CPU of a cache hit (bench/README.md, "Compressing each cached page once"). So a
// cached page is gzipped once and its gzipped copy reused, found by a hash of its bytes;
// everything else goes through `compression`, the middleware Next.js bundles a copy of (ours
// is newer: it also speaks brotli, at quality 4, to clients that take it).
//
// Plain JavaScript: server.mjs imports it before Next.js loads.
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import compression from "compression";

/** Next.js's settings: compressible types of 1 KB or more. */
const compress = compression();

/** Smaller bodies aren't compressed at all (compression's own threshold). */
const MIN_BYTES = 1024;

/**
 * Bytes of gzipped pages kept: a quarter of the page cache's (PAGE_CACHE_MB, 64 MB by default),
 * as a page gzips to about a quarter of its HTML and RSC payload, or less.
 */
const MAX_BYTES = ((Number(process.env.PAGE_CACHE_MB) || 64) * 1024 * 1024) / 4;

/**
 * @typedef {{ copies: Map<string, Buffer>; bytes: number; made: number; reused: number }} MemoState
 * copies: sha-256 of a page's bytes → its gzipped copy, least recently used first.
 */
const STATE = Symbol.for("marquee.compressedPages");
const holder = /** @type {{ [STATE]?: MemoState }} */ (globalThis);
/** @type {MemoState} */
const memo = (holder[STATE] ??= { copies: new Map(), bytes: 0, made: 0, reused: 0 });

/** How many gzipped copies were made and how many times one was reused, for tests. */
export function compressedPageCounts() {
  return { made: memo.made, reused: memo.reused };
}

/**
 * Whether the client takes gzip: named, or "*", with a q-value above 0.
 * @param {string | string[] | undefined} header
 */
export function acceptsGzip(header) {
  if (typeof header !== "string") return false;
  for (const part of header.split(",")) {
    const [name, ...parameters] = part.trim().toLowerCase().split(";");
    if (name !== "gzip" && name !== "*") continue;
    const q = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith("q="));
    if (q === undefined || Number(q.slice(2)) > 0) return true;
  }
  return false;
}

/** @param {Buffer} body */
function gzippedCopy(body) {
  const key = createHash("sha256").update(body).digest("base64");
  const copy = memo.copies.get(key);
  if (copy) {
    memo.copies.delete(key); // most recently used goes to the end
    memo.copies.set(key, copy);
    memo.reused += 1;
    return copy;
  }
  const made = gzipSync(body);
  memo.made += 1;
  if (made.length <= MAX_BYTES / 8) {
    memo.copies.set(key, made);
    memo.bytes += made.length;
    for (const [oldest, buffer] of memo.copies) {
      if (memo.bytes <= MAX_BYTES) break;
      memo.copies.delete(oldest);
      memo.bytes -= buffer.length;
    }
  }
  return made;
}

/**
 * A page from the page cache, sent whole in one end(): what Next.js does with a cache hit (and
 * with the render it is about to cache). Only those: a live page is different for each request.
 * @param {import("node:http").ServerResponse} response
 */
function isWholeCachedPage(response) {
  if (response.headersSent || response.statusCode !== 200) return false;
  if (response.getHeader("x-nextjs-cache") === undefined || response.getHeader("content-encoding") !== undefined) return false;
  if (/no-transform/i.test(String(response.getHeader("cache-control") ?? ""))) return false;
  return /^text\/html\b/i.test(String(response.getHeader("content-type") ?? ""));
}

/**
 * Compresses this response as Next.js would have, except that a cached page is sent as its
 * gzipped copy, made once. Call before handing the request to Next.js.
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 */
export function compressResponse(request, response) {
  // It releases its zlib stream itself when a client goes away mid-response, and gives the
  // response a flush() that Next.js calls after each streamed chunk.
  compress(request, response, () => undefined);
  if (request.method !== "GET" || !acceptsGzip(request.headers["accept-encoding"])) return;

  const write = response.write;
  const end = response.end;
  let written = false;
  response.write = /** @type {typeof response.write} */ (
    function (/** @type {any[]} */ ...args) {
      written = true;
      return write.apply(this, /** @type {any} */ (args));
    }
  );
  response.end = /** @type {typeof response.end} */ (
    function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) {
      const whole = !written && (typeof chunk === "string" || Buffer.isBuffer(chunk)) && isWholeCachedPage(response);
      const body = whole ? (Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8")) : null;
      if (!body || body.length < MIN_BYTES) return end.call(this, chunk, encoding, callback);
      const gzipped = gzippedCopy(body);
      // The middleware sees the body already encoded and passes it on as it is (adding Vary).
      response.setHeader("Content-Encoding", "gzip");
      response.setHeader("Content-Length", gzipped.length);
      return end.call(this, gzipped, typeof encoding === "function" ? encoding : callback);
    }
  );
}

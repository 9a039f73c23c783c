// @ts-check
// Marquee's HTTP server: Next.js behind a Node HTTP server of our own. First, because only
// here is the socket's address known; Next.js hands the app nothing but headers, and keeps an
// X-Forwarded-For the client made up (lib/client-address.mjs). So each request is stamped with
// the client's address, from the socket or from proxies the operator trusts, before Next.js
// sees it. It also compresses responses (the `compression` middleware), in place of Next.js,
// so that a cached page is gzipped once rather than for every reader
// (lib/page-cache/compressed-pages.mjs), sends Strict-Transport-Security over HTTPS, and sends a header
// value Next.js appends twice once (lib/http/repeated-header-values.mjs). Everything else is
// Next.js's own request handling, as under `next start`.
//
//   node server.mjs [--dev] [--port 3000] [--hostname 0.0.0.0]
//
// `npm run dev` and `npm start` run it (scripts/run-app.ts), after preparing the database.
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { compressResponse } from "./lib/page-cache/compressed-pages.mjs";
import { cameOverHttps, markClientAddressStamping, proxyTrustFrom, stampClientAddress } from "./lib/client-address.mjs";
import { skipRepeatedHeaderValues } from "./lib/http/repeated-header-values.mjs";

/**
 * Browsers that reached the site over HTTPS keep to HTTPS for a year. Only then: over plain HTTP
 * (local use, or a proxy not listed in TRUSTED_PROXIES) the header means nothing, and promising
 * HTTPS for a site that doesn't serve it would lock its readers out. No includeSubDomains or
 * preload: those speak for other hosts, which only the domain's owner can promise (a reverse
 * proxy in front can add them).
 */
const STRICT_TRANSPORT_SECURITY = "max-age=31536000";

const { values: options } = parseArgs({
  options: { dev: { type: "boolean", default: false }, port: { type: "string" }, hostname: { type: "string" } },
});
const dev = options.dev ?? false;
const port = Number(options.port ?? process.env.PORT ?? 3000);
const hostname = options.hostname;

// Before Next.js loads, as `next start` and `next dev` set it.
/** @type {Record<string, string | undefined>} */ (process.env).NODE_ENV ??= dev ? "development" : "production";

let proxies;
try {
  proxies = proxyTrustFrom(process.env);
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
markClientAddressStamping();

const { default: next } = await import("next");
const server = createServer((request, response) => {
  if (cameOverHttps(request, proxies.trust)) response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  stampClientAddress(request, proxies.trust);
  skipRepeatedHeaderValues(response);
  // Compression is done here, not by Next.js, so that a cached page is gzipped once (next.config.js).
  compressResponse(request, response);
  handle(request, response).catch((/** @type {unknown} */ error) => {
    console.error(`Failed to handle ${request.method} ${request.url}:`, error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});
const app = next({ dev, port, hostname, httpServer: server });
const handle = app.getRequestHandler();
await app.prepare();

server.listen(port, hostname, () => {
  console.log(`▸ Ready on http://${hostname ?? "localhost"}:${port} (${dev ? "development" : "production"}; client addresses from ${proxies.description})`);
});

// Stop taking requests, let those in flight finish, then let Next.js clean up.
let stopping = false;
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close(() => {
      app.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    });
    // Idle keep-alive connections would hold close() open; a dev server also drops busy ones.
    if (dev) server.closeAllConnections();
    else server.closeIdleConnections();
  });
}

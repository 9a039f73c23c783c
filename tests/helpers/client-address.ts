// Requests as the app sees them once server.mjs has stamped the client's address on them
// (lib/client-address.mjs), through the same code, from a made-up socket.
import type { IncomingMessage } from "node:http";
import { markClientAddressStamping, proxyTrustFrom, stampClientAddress } from "@/lib/client-address.mjs";

/**
 * The headers the app gets for a request that reached server.mjs from the socket address
 * `peer`, carrying `headers`, with the proxies `env` trusts (none by default).
 */
export function headersThroughServer(peer: string, headers: Record<string, string> = {}, env: Record<string, string> = {}): Headers {
  markClientAddressStamping();
  const request = { socket: { remoteAddress: peer }, headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value])) };
  stampClientAddress(request as unknown as IncomingMessage, proxyTrustFrom(env).trust);
  return new Headers(request.headers);
}

/** A sign-in request as Auth.js hands it to authorize, from a client connected directly from `address`. */
export function requestFromAddress(address: string, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/api/auth/callback/credentials", { headers: headersThroughServer(address, headers) });
}

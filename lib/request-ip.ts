import { CLIENT_ADDRESS_HEADER, clientAddressIsStamped, rateLimitSubject } from "@/lib/client-address.mjs";

/**
 * What the per-address rate limits count this request as: the client's address as server.mjs
 * read it from the socket (or from the proxies it trusts), an IPv6 client by its /64.
 * See lib/client-address.mjs for why the app can't read it from the request itself.
 */
export function clientAddressKey(headers: Headers): string {
  // Without server.mjs the header could be anyone's: refuse rather than count a made-up address.
  if (!clientAddressIsStamped()) {
    throw new Error("Marquee must be served by server.mjs (npm start, npm run dev) to know who is asking; `next start` alone lets clients choose their address.");
  }
  return rateLimitSubject(headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown");
}

// @ts-check
// Who is on the other end of a request, for the per-address rate limits.
//
// Next.js 16 gives no route handler, server action, proxy or Auth.js callback the socket's
// address (NextRequest lost `ip` in Next 15). Its server only copies the address into
// X-Forwarded-For when the client sent none (`req.headers['x-forwarded-for'] ??=
// socket.remoteAddress` in next/dist/server/base-server.js), so a client that sends its own
// header picks the address every limit counts. server.mjs therefore reads the socket itself,
// before Next.js sees the request, and writes the answer into a header of ours (replacing any
// the client sent). Forwarding headers count only when the socket's peer is a proxy the
// operator trusts: TRUSTED_PROXIES, or TRUSTED_PROXY_HOPS.
//
// Plain JavaScript because server.mjs runs untranspiled; the app imports it too.
import ipaddr from "ipaddr.js";
import proxyAddr from "proxy-addr";

/** The request header that carries the client's address from server.mjs to the app. */
export const CLIENT_ADDRESS_HEADER = "x-marquee-client-address";

/** Headers that describe the client and only a trusted proxy may set. */
const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

/** Set by server.mjs in its process: the header above is then always its own. */
const STAMPING = Symbol.for("marquee.clientAddressStamping");

/**
 * @typedef {(address: string, hop: number) => boolean} ProxyTrust
 *   Whether the address `hop` steps from this server (0: the socket's peer) is a proxy we trust.
 */

/**
 * The proxies to trust, from the environment:
 * - TRUSTED_PROXIES: addresses and CIDR ranges, comma- or space-separated, or the names
 *   `loopback`, `linklocal` and `uniquelocal` (proxy-addr's), e.g. "10.0.0.0/8, ::1";
 * - TRUSTED_PROXY_HOPS: how many proxies stand in front, each appending to X-Forwarded-For;
 * - neither: none. The client is the socket's peer and forwarding headers are ignored.
 * Throws on a value it can't read, so a typo stops the server instead of trusting the wrong hosts.
 * @param {Record<string, string | undefined>} env
 * @returns {{ trust: ProxyTrust, description: string }}
 */
export function proxyTrustFrom(env) {
  const list = (env.TRUSTED_PROXIES ?? "").split(/[\s,]+/).filter(Boolean);
  const hops = (env.TRUSTED_PROXY_HOPS ?? "").trim();
  if (list.length && hops) throw new Error("Set TRUSTED_PROXIES or TRUSTED_PROXY_HOPS, not both.");
  if (hops) {
    if (!/^\d+$/.test(hops)) throw new Error(`TRUSTED_PROXY_HOPS must be a whole number, not "${hops}".`);
    const count = Number(hops);
    return { trust: (_address, hop) => hop < count, description: `the ${count} nearest prox${count === 1 ? "y" : "ies"}` };
  }
  if (list.length) {
    try {
      return { trust: proxyAddr.compile(list), description: list.join(", ") };
    } catch (error) {
      throw new Error(`TRUSTED_PROXIES: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { trust: () => false, description: "no proxy" };
}

/**
 * Writes the client's address into CLIENT_ADDRESS_HEADER, walking X-Forwarded-For from the
 * socket's peer back through trusted proxies only. When the peer itself isn't trusted, the
 * forwarding headers it sent are dropped, so Next.js fills them in from the socket as it does
 * for a request that came without them.
 * @param {import("node:http").IncomingMessage} request
 * @param {ProxyTrust} trust
 */
export function stampClientAddress(request, trust) {
  const peer = request.socket.remoteAddress;
  if (!peer || !trust(peer, 0)) {
    for (const name of FORWARDING_HEADERS) delete request.headers[name];
  }
  request.headers[CLIENT_ADDRESS_HEADER] = peer ? canonicalAddress(proxyAddr(request, trust)) : "unknown";
}

/**
 * Whether the client reached us over HTTPS: a TLS socket of our own, or a trusted proxy that says
 * so in X-Forwarded-Proto (its first value: that of the proxy the client connected to). A client
 * that isn't a trusted proxy can't say so.
 * @param {import("node:http").IncomingMessage} request
 * @param {ProxyTrust} trust
 */
export function cameOverHttps(request, trust) {
  if (/** @type {{ encrypted?: boolean }} */ (request.socket).encrypted) return true;
  const peer = request.socket.remoteAddress;
  if (!peer || !trust(peer, 0)) return false;
  const forwarded = request.headers["x-forwarded-proto"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0];
  return first?.trim().toLowerCase() === "https";
}

/** Called once by server.mjs: every request in this process then carries a stamped address. */
export function markClientAddressStamping() {
  /** @type {Record<symbol, unknown>} */ (globalThis)[STAMPING] = true;
}

/** Whether this process serves through server.mjs, so CLIENT_ADDRESS_HEADER can be believed. */
export function clientAddressIsStamped() {
  return /** @type {Record<symbol, unknown>} */ (globalThis)[STAMPING] === true;
}

/**
 * One spelling per address: IPv4-mapped IPv6 (::ffff:192.0.2.1) as IPv4, IPv6 compressed.
 * Anything that isn't an address (a proxy may forward "unknown") is kept, shortened.
 * @param {string} address
 */
export function canonicalAddress(address) {
  if (!ipaddr.isValid(address)) return address.slice(0, 64);
  return ipaddr.process(address).toString();
}

/**
 * What a per-address limit counts: the address itself for IPv4, and for IPv6 its /64, the
 * block one home or server is given, so a client can't rotate through its own block's addresses.
 * @param {string} address
 */
export function rateLimitSubject(address) {
  if (!ipaddr.isValid(address)) return address.slice(0, 64);
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const network = ipaddr.IPv6.networkAddressFromCIDR(`${parsed.toString()}/64`);
  return `${network.toString()}/64`;
}

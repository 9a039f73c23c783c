import { decode, type JWT, type JWTDecodeParams } from "next-auth/jwt";

/**
 * Whether Auth.js named its session cookie `__Secure-authjs.session-token` for this request.
 * Mirrors Auth.js's own choice (createActionURL and useSecureCookies in @auth/core): the
 * protocol of AUTH_URL when it is set, otherwise of the request as the proxy reports it.
 */
export function sessionCookieIsSecure(requestHeaders: Headers): boolean {
  const siteUrl = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  if (siteUrl) return new URL(siteUrl).protocol === "https:";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? "https";
  return protocol.toLowerCase().replace(/:$/, "") === "https";
}

// Decrypting a session token costs about 2 ms of CPU. A member's requests all carry the same
// token until it expires, so each process remembers the tokens it has already verified.
const MAX_REMEMBERED = 10_000;
const verified = new Map<string, { payload: JWT; expiresAt: number }>();

/** Auth.js's `decode`, remembering each valid token until its expiry. */
export async function decodeSessionToken(params: JWTDecodeParams): Promise<JWT | null> {
  const key = `${params.salt}\n${params.token ?? ""}`;
  const remembered = verified.get(key);
  if (remembered && remembered.expiresAt > Date.now()) return remembered.payload;
  verified.delete(key);

  const payload = await decode(params);
  if (payload && typeof payload.exp === "number") {
    // Oldest first: a Map iterates in insertion order.
    if (verified.size >= MAX_REMEMBERED) verified.delete(verified.keys().next().value!);
    verified.set(key, { payload, expiresAt: payload.exp * 1000 });
  }
  return payload;
}

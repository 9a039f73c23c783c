import { decode, getToken, type JWT, type JWTDecodeParams } from "next-auth/jwt";
import { sessionClaimOf, type SessionClaim } from "@/lib/users/sessions";

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
// token until it expires, so each process remembers the tokens it has already verified. On
// globalThis: the proxy and the app are bundled apart, each with its own copy of this module,
// and a member's page view passes through both (the proxy, then the viewer layer).
const MAX_REMEMBERED = 10_000;
const globalForTokens = globalThis as unknown as { marqueeVerifiedSessionTokens?: Map<string, { payload: JWT; expiresAt: number }> };
const verified = (globalForTokens.marqueeVerifiedSessionTokens ??= new Map());

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

/**
 * The secrets session cookies are encrypted with, as NextAuth() resolves them (next-auth's
 * setEnvDefaults, then @auth/core's): AUTH_SECRET, else NEXTAUTH_SECRET, else the rotation
 * list AUTH_SECRET_3, _2, _1 (newest first).
 */
export function sessionSecrets(env: NodeJS.ProcessEnv = process.env): string | string[] | undefined {
  const single = env.AUTH_SECRET ?? env.NEXTAUTH_SECRET;
  if (single) return single;
  const rotated = [env.AUTH_SECRET_3, env.AUTH_SECRET_2, env.AUTH_SECRET_1].filter((secret): secret is string => Boolean(secret));
  return rotated.length ? rotated : undefined;
}

/**
 * The sign-in a request's session cookie names (member and session id), or null: Auth.js's
 * documented `getToken`, fed the cookie header alone (as `auth()` reads it: never an
 * Authorization header), the cookie name Auth.js would pick for this request, and the
 * remembered decode above. Only what the cookie says: whether that sign-in still holds is for
 * the re-read of the member (signedInMember in lib/users/sessions.ts). Used by pages, actions
 * and route handlers (lib/auth.ts) and by the proxy, which can't load Auth.js's providers.
 */
export async function sessionClaimFrom(requestHeaders: Headers): Promise<SessionClaim | null> {
  const secret = sessionSecrets();
  if (!secret) return null;
  const token = await getToken({
    req: { headers: new Headers({ cookie: requestHeaders.get("cookie") ?? "" }) },
    secret,
    secureCookie: sessionCookieIsSecure(requestHeaders),
    decode: decodeSessionToken,
  });
  return sessionClaimOf(token);
}

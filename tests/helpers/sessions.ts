// Signed-in browsers for tests: a real recorded sign-in (lib/users/sessions.ts) and the session
// cookie Auth.js would have set for it, so a test can replay the cookie after the sign-in ends.
import { encode } from "next-auth/jwt";
import { startSession, type SessionClaim } from "@/lib/users/sessions";

export const SESSION_COOKIE = "authjs.session-token";

/** A new sign-in of `userId`, as the session callback records one. */
export async function signInSession(userId: string): Promise<SessionClaim> {
  return { userId, sessionId: await startSession(userId) };
}

/** The `Cookie` header value a browser holding this sign-in sends, over plain http by default. */
export async function sessionCookieFor(claim: SessionClaim, secret: string, cookieName = SESSION_COOKIE, maxAge = 3600): Promise<string> {
  const token = await encode({ token: { sub: claim.userId, sid: claim.sessionId, role: "USER" }, secret, salt: cookieName, maxAge });
  return `${cookieName}=${token}`;
}

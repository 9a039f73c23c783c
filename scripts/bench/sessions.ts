// Signed-in requests without signing in: the app's sessions are stateless JWTs (lib/auth.ts),
// so a cookie encoded with the instances' AUTH_SECRET is exactly what Auth.js would have set.
import { encode } from "next-auth/jwt";

/** The cookie Auth.js uses over plain http (no `__Secure-` prefix). */
export const SESSION_COOKIE = "authjs.session-token";

export async function sessionCookie(secret: string, userId: string): Promise<string> {
  const value = await encode({ token: { sub: userId, role: "USER" }, secret, salt: SESSION_COOKIE, maxAge: 60 * 60 });
  return `${SESSION_COOKIE}=${value}`;
}

/**
 * One cookie per member, handed out in turn. The flood limit allows one comment per member per
 * 15 s, so the pool must be larger than 15 s × the post rate; 5,000 members cover 330 posts/s.
 */
export class MemberRotation {
  private next = 0;

  private constructor(private readonly members: { id: string; cookie: string }[]) {}

  static async create(secret: string, memberIds: readonly string[]): Promise<MemberRotation> {
    return new MemberRotation(await Promise.all(memberIds.map(async (id) => ({ id, cookie: await sessionCookie(secret, id) }))));
  }

  take(): { id: string; cookie: string } {
    const member = this.members[this.next % this.members.length]!;
    this.next++;
    return member;
  }
}

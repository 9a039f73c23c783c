// Signed-in requests without signing in: a cookie encoded with the instances' AUTH_SECRET is
// exactly what Auth.js would have set, naming a sign-in the dataset recorded for each member
// (lib/users/sessions.ts: the app accepts a session cookie only while its sign-in is recorded).
import { encode } from "next-auth/jwt";

/** The cookie Auth.js uses over plain http (no `__Secure-` prefix). */
export const SESSION_COOKIE = "authjs.session-token";

/** Member m's recorded sign-in is "<prefix><m's id>" (scripts/bench/dataset.ts inserts them). */
export const BENCH_SESSION_PREFIX = "bench-session-";

export async function sessionCookie(secret: string, userId: string): Promise<string> {
  const token = { sub: userId, sid: `${BENCH_SESSION_PREFIX}${userId}`, role: "USER" };
  const value = await encode({ token, secret, salt: SESSION_COOKIE, maxAge: 60 * 60 });
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

// sessionClaim() reads the session cookie itself instead of running Auth.js's session
// endpoint (auth()). Both must name the same sign-in (member and session id), or none, for
// every request. Whether that sign-in still holds is checked later, by the re-read of the member.
import { encode } from "next-auth/jwt";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

const request = { headers: new Headers() };
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));

const SECRET = "session-token-test-secret-0123456789abcdef";
process.env.AUTH_SECRET = SECRET;

const { sessionClaim } = await import("@/lib/auth");
const { sessionClaimOf } = await import("@/lib/users/sessions");
const NextAuth = (await import("next-auth")).default;
const { authConfig } = await import("@/lib/auth");
// Auth.js's own answer, from the same configuration.
const { auth } = NextAuth(authConfig);

const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";

async function tokenFor(sub: string, cookieName: string, maxAge = 3600, secret = SECRET, sid: string | null = `sid-${sub}`): Promise<string> {
  return encode({ token: { sub, role: "USER", ...(sid ? { sid } : {}) }, secret, salt: cookieName, maxAge });
}

/** Who a request is for: the member's id, as the claim the cookie makes; null for nobody. */
async function ourAnswer(): Promise<string | null> {
  const claim = await sessionClaim();
  if (claim) expect(claim.sessionId).toBe(`sid-${claim.userId}`);
  return claim?.userId ?? null;
}

async function bothAnswers(headers: Record<string, string>): Promise<{ authJs: string | null; ours: string | null }> {
  request.headers = new Headers(headers);
  const session = await auth();
  // The claim a caller of auth() makes from its session (as the page-cache redesign will).
  const authJs = sessionClaimOf(session && { sub: session.user.id, sid: session.sessionId });
  if (authJs) expect(authJs.sessionId).toBe(`sid-${authJs.userId}`);
  return { authJs: authJs?.userId ?? null, ours: await ourAnswer() };
}

describe("sessionClaim agrees with Auth.js", () => {
  let plain: string;
  let secure: string;
  beforeAll(async () => {
    // Auth.js logs every token it refuses; refusing them is the point here.
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    plain = await tokenFor("member-plain", PLAIN);
    secure = await tokenFor("member-secure", SECURE);
  });
  afterEach(() => {
    delete process.env.AUTH_URL;
  });

  const cases: [string, () => Record<string, string>, string | null][] = [
    ["http with the plain cookie", () => ({ "x-forwarded-proto": "http", cookie: `${PLAIN}=${plain}` }), "member-plain"],
    ["https with the __Secure- cookie", () => ({ "x-forwarded-proto": "https", cookie: `${SECURE}=${secure}` }), "member-secure"],
    ["https with only the plain cookie (not what Auth.js set there)", () => ({ "x-forwarded-proto": "https", cookie: `${PLAIN}=${plain}` }), null],
    ["http with only the __Secure- cookie", () => ({ "x-forwarded-proto": "http", cookie: `${SECURE}=${secure}` }), null],
    ["no protocol header (Auth.js assumes https)", () => ({ cookie: `${SECURE}=${secure}` }), "member-secure"],
    ["no cookie", () => ({ "x-forwarded-proto": "http" }), null],
    ["a tampered token", () => ({ "x-forwarded-proto": "http", cookie: `${PLAIN}=${plain.slice(0, -4)}AAAA` }), null],
    ["a token from the other cookie name (salt)", () => ({ "x-forwarded-proto": "http", cookie: `${PLAIN}=${secure}` }), null],
    ["a bearer token and no cookie", () => ({ "x-forwarded-proto": "http", authorization: `Bearer ${plain}` }), null],
  ];
  for (const [name, headers, expected] of cases) {
    it(name, async () => {
      const answers = await bothAnswers(headers());
      expect(answers).toEqual({ authJs: expected, ours: expected });
      // Asked again, from the remembered verification.
      expect(await ourAnswer()).toBe(expected);
    });
  }

  it("follows AUTH_URL's protocol over the request's", async () => {
    process.env.AUTH_URL = "https://films.example.org";
    expect(await bothAnswers({ "x-forwarded-proto": "http", cookie: `${SECURE}=${secure}` })).toEqual({ authJs: "member-secure", ours: "member-secure" });
    expect(await bothAnswers({ "x-forwarded-proto": "http", cookie: `${PLAIN}=${plain}` })).toEqual({ authJs: null, ours: null });
  });

  it("names nobody for a token from before sign-ins were recorded (no session id)", async () => {
    const old = await tokenFor("member-before", PLAIN, 3600, SECRET, null);
    expect(await bothAnswers({ "x-forwarded-proto": "http", cookie: `${PLAIN}=${old}` })).toEqual({ authJs: null, ours: null });
  });

  it("refuses a token signed with another secret", async () => {
    const forged = await tokenFor("intruder", PLAIN, 3600, "some-other-secret-0123456789abcdefghijkl");
    expect(await bothAnswers({ "x-forwarded-proto": "http", cookie: `${PLAIN}=${forged}` })).toEqual({ authJs: null, ours: null });
  });

  it("stops accepting a remembered token once it expires", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const shortLived = await tokenFor("member-brief", PLAIN, 60);
      request.headers = new Headers({ "x-forwarded-proto": "http", cookie: `${PLAIN}=${shortLived}` });
      expect(await ourAnswer()).toBe("member-brief");
      // Past the expiry and Auth.js's 15 s of clock tolerance.
      vi.setSystemTime(Date.now() + 80_000);
      expect(await ourAnswer()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("sessionClaim with rotated secrets", () => {
  it("uses the secrets Auth.js uses: AUTH_SECRET_1..3 when AUTH_SECRET is unset", async () => {
    const [previous, current] = ["rotation-previous-secret-0123456789abcdef", "rotation-current-secret-0123456789abcdefg"];
    delete process.env.AUTH_SECRET;
    process.env.AUTH_SECRET_1 = previous;
    process.env.AUTH_SECRET_2 = current;
    try {
      vi.resetModules();
      const rotated = await import("@/lib/auth");
      const rotatedAuth = (await import("next-auth")).default(rotated.authConfig).auth;
      for (const [secret, sub] of [[previous, "signed-in-before"], [current, "signed-in-after"]] as const) {
        request.headers = new Headers({ "x-forwarded-proto": "http", cookie: `${PLAIN}=${await tokenFor(sub, PLAIN, 3600, secret)}` });
        expect((await rotated.sessionClaim())?.userId).toBe(sub);
        expect((await rotatedAuth())?.user?.id).toBe(sub);
      }
    } finally {
      delete process.env.AUTH_SECRET_1;
      delete process.env.AUTH_SECRET_2;
      process.env.AUTH_SECRET = SECRET;
    }
  });
});

import { PrismaAdapter } from "@auth/prisma-adapter";
import { headers } from "next/headers";
import NextAuth, { type NextAuthConfig } from "next-auth";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { normalizeEmail } from "@/lib/identity/email";
import { availableHandle } from "@/lib/users/create-user";
import { authorizeWithPassword } from "@/lib/users/password-sign-in";
import { handleSkeleton } from "@/lib/identity/handle";
import { recordProviderVerifiedEmail } from "@/lib/users/oauth-email";
import { sessionClaimFrom } from "@/lib/session-cookie";
import { endSession, SESSION_MAX_AGE_SECONDS, startSession, type SessionClaim } from "@/lib/users/sessions";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; handle: string; name?: string | null; email?: string | null; image?: string | null };
    /** Which of the member's sign-ins this is (lib/users/sessions.ts); absent on tokens from before they were recorded. */
    sessionId?: string;
  }
  interface User {
    role?: Role;
    handle?: string;
  }
}

/** OAuth switches on when its client id and secret are set, and stays hidden otherwise. */
export const oauthProviders = [
  process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET ? { id: "github", name: "GitHub" } : null,
  process.env.AUTH_GOOGLE_ID && process.env.AUTH_GOOGLE_SECRET ? { id: "google", name: "Google" } : null,
].filter((provider): provider is { id: string; name: string } => provider !== null);

/** The Prisma adapter, taught that our users need a handle. */
function marqueeAdapter(): Adapter {
  const base = PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]);
  return {
    ...base,
    async createUser(user: AdapterUser) {
      const handle = await availableHandle(user.name ?? user.email.split("@")[0] ?? "member");
      const created = await db.user.create({
        data: {
          email: normalizeEmail(user.email),
          emailVerified: user.emailVerified,
          name: user.name ?? handle,
          image: user.image,
          handle,
          handleSkeleton: handleSkeleton(handle),
        },
      });
      return { ...created, email: created.email ?? "" } as AdapterUser;
    },
  };
}

export const authConfig = {
  adapter: marqueeAdapter(),
  // The Credentials provider only works with JWT sessions. The token carries the id and role
  // for display, and the id of this sign-in (`sid`), which the database must still hold: every
  // re-read of the member checks it (lib/users/sessions.ts), as it checks role and ban state.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  trustHost: true,
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: authorizeWithPassword,
    }),
    ...(oauthProviders.some((p) => p.id === "github") ? [GitHub] : []),
    ...(oauthProviders.some((p) => p.id === "google") ? [Google] : []),
  ],
  callbacks: {
    async jwt({ token, user }) {
      // `user` is set only when signing in: record the sign-in, so it can be ended later.
      if (user?.id) {
        token.sub = user.id;
        const fresh = await db.user.findUnique({ where: { id: user.id }, select: { role: true, handle: true } });
        token.role = fresh?.role ?? "USER";
        token.handle = fresh?.handle;
        token.sid = await startSession(user.id);
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) {
        session.user.id = token.sub;
        session.user.role = (token.role as Role | undefined) ?? "USER";
        session.user.handle = (token.handle as string | undefined) ?? "";
        if (typeof token.sid === "string") session.sessionId = token.sid;
      }
      return session;
    },
    // Only ever redirect within the site.
    redirect({ url, baseUrl }) {
      if (url.startsWith("/") && !url.startsWith("//")) return `${baseUrl}${url}`;
      try {
        if (new URL(url).origin === baseUrl) return url;
      } catch {
        // fall through
      }
      return baseUrl;
    },
  },
  events: {
    async linkAccount({ user, account, profile }) {
      await recordProviderVerifiedEmail(user.id, account.provider, profile as Record<string, unknown> | undefined);
    },
    // Auth.js's own sign-out endpoint (the app's sign-out action ends the session itself first).
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSession(sid);
    },
  },
} satisfies NextAuthConfig;

export const { handlers, signIn, signOut } = NextAuth(authConfig);

/**
 * The sign-in this request's session cookie names, or null: who it says, not whether that still
 * holds (lib/session.ts re-reads the member and checks the sign-in).
 *
 * Auth.js's `auth()` gives the same answer by running its whole session endpoint: it decrypts
 * the cookie, then encrypts a renewed one that a page can't set anyway. That came to about
 * 3 ms of CPU on every signed-in request; this decrypts once, and not at all for a token the
 * process has already verified. tests/accounts/session-token.test.ts holds the two to the same
 * answers.
 */
export async function sessionClaim(): Promise<SessionClaim | null> {
  return sessionClaimFrom(await headers());
}

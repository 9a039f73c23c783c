// Server actions read the caller from `sessionClaim()` (lib/auth.ts) and use Next's request APIs.
// Integration tests replace those three modules so an action runs as a chosen user, from a
// chosen address, outside a Next server. In a test file:
//
//   vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
//   vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
//   vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());
//
// then `actAs(user)` / `actAs(null)` before calling an action. Everything else — the database,
// role and ban checks, session checks, validation — is the real code: `actAs(user)` acts through
// a real recorded sign-in of that user (one per user, made on first use), `actAsSession(claim)`
// through a given one.
import { vi } from "vitest";
import type { SessionClaim } from "@/lib/users/sessions";
import { headersThroughServer } from "./client-address";
import { signInSession } from "./sessions";

const state = { userId: null as string | null, sessionId: null as string | null, ip: "203.0.113.10", headers: {} as Record<string, string> };
/** Cookies the code under test set on its response: name → value and options. */
const responseCookies = new Map<string, { value: string; options: Record<string, unknown> }>();
const sessionOf = new Map<string, string>();

export function actAs(user: { id: string } | null): void {
  state.userId = user?.id ?? null;
  state.sessionId = null;
}

/** Acts through this sign-in: after it ends, the caller is signed out. */
export function actAsSession(claim: SessionClaim): void {
  state.userId = claim.userId;
  state.sessionId = claim.sessionId;
}

/** The address the request comes from, as server.mjs reads it off the socket, and any headers it sends. */
export function fromAddress(ip: string, headers: Record<string, string> = {}): void {
  state.ip = ip;
  state.headers = headers;
}

async function currentClaim(): Promise<SessionClaim | null> {
  const userId = state.userId;
  if (!userId) return null;
  if (state.sessionId) return { userId, sessionId: state.sessionId };
  let sessionId = sessionOf.get(userId);
  if (!sessionId) {
    sessionId = (await signInSession(userId)).sessionId;
    sessionOf.set(userId, sessionId);
  }
  return { userId, sessionId };
}

export function fakeAuthModule() {
  return {
    sessionClaim: vi.fn(currentClaim),
    signIn: vi.fn(async () => undefined),
    signOut: vi.fn(async () => undefined),
    handlers: { GET: vi.fn(), POST: vi.fn() },
    oauthProviders: [],
  };
}

/** The cookies set on responses since the last `clearResponseCookies()`. */
export function responseCookie(name: string): { value: string; options: Record<string, unknown> } | undefined {
  return responseCookies.get(name);
}

export function clearResponseCookies(): void {
  responseCookies.clear();
}

export function fakeHeadersModule() {
  return {
    headers: async () => headersThroughServer(state.ip, state.headers),
    cookies: async () => ({
      get: () => undefined,
      set: (name: string, value: string, options: Record<string, unknown> = {}) => void responseCookies.set(name, { value, options }),
      delete: (name: string) => void responseCookies.delete(name),
    }),
  };
}

export function fakeCacheModule() {
  return { revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() };
}

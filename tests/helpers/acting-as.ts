// Server actions read the caller from `sessionUserId()` (lib/auth.ts) and use Next's request APIs.
// Integration tests replace those three modules so an action runs as a chosen user, from a
// chosen address, outside a Next server. In a test file:
//
//   vi.mock("@/lib/auth", async () => (await import("../helpers/acting-as")).fakeAuthModule());
//   vi.mock("next/headers", async () => (await import("../helpers/acting-as")).fakeHeadersModule());
//   vi.mock("next/cache", async () => (await import("../helpers/acting-as")).fakeCacheModule());
//
// then `actAs(user)` / `actAs(null)` before calling an action. Everything else — the database,
// role and ban checks, validation — is the real code.
import { vi } from "vitest";
import { headersThroughServer } from "./client-address";

const state = { userId: null as string | null, ip: "203.0.113.10", headers: {} as Record<string, string> };

export function actAs(user: { id: string } | null): void {
  state.userId = user?.id ?? null;
}

/** The address the request comes from, as server.mjs reads it off the socket, and any headers it sends. */
export function fromAddress(ip: string, headers: Record<string, string> = {}): void {
  state.ip = ip;
  state.headers = headers;
}

export function fakeAuthModule() {
  return {
    sessionUserId: vi.fn(async () => state.userId),
    signIn: vi.fn(async () => undefined),
    signOut: vi.fn(async () => undefined),
    handlers: { GET: vi.fn(), POST: vi.fn() },
    oauthProviders: [],
  };
}

export function fakeHeadersModule() {
  return {
    headers: async () => headersThroughServer(state.ip, state.headers),
    cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
  };
}

export function fakeCacheModule() {
  return { revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() };
}

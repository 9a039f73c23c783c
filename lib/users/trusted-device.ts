import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { sessionCookieIsSecure, sessionSecrets } from "@/lib/session-cookie";

// Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): after a right
// password, the browser gets a signed cookie naming the account. While strangers' wrong guesses
// have the account locked, a browser holding one still gets its own allowance of attempts, so
// anyone who knows an email address can't lock its owner out of the browsers they use.

export const DEVICE_COOKIE = "marquee-device";
/** A browser shared by a household remembers a few accounts; the oldest drops off. */
const MAX_ACCOUNTS = 5;
const MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

interface DeviceEntry {
  userId: string;
  /** Names this browser's allowance of attempts for the account; new on every sign-in. */
  nonce: string;
  mac: string;
}

/** HMAC keys, one per session secret (newest first, as Auth.js orders them), so a rotation keeps cookies valid. */
function deviceKeys(): Buffer[] {
  const secrets = sessionSecrets();
  const list = Array.isArray(secrets) ? secrets : secrets ? [secrets] : [];
  return list.map((secret) => Buffer.from(hkdfSync("sha256", secret, "", "marquee device cookie v1", 32)));
}

function macOf(key: Buffer, userId: string, nonce: string): string {
  // 128 bits of HMAC-SHA-256: plenty against forgery, and keeps the cookie short.
  return createHmac("sha256", key).update(`${userId}.${nonce}`).digest().subarray(0, 16).toString("base64url");
}

function isAuthentic(entry: DeviceEntry, keys: Buffer[]): boolean {
  const given = Buffer.from(entry.mac, "base64url");
  return keys.some((key) => {
    const expected = Buffer.from(macOf(key, entry.userId, entry.nonce), "base64url");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

function cookieValue(requestHeaders: Headers, name: string): string | undefined {
  for (const part of (requestHeaders.get("cookie") ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return undefined;
}

/** The authentic entries of the request's device cookie, newest first. */
function deviceEntries(requestHeaders: Headers): DeviceEntry[] {
  const keys = deviceKeys();
  const entries: DeviceEntry[] = [];
  for (const item of (cookieValue(requestHeaders, DEVICE_COOKIE) ?? "").split("~")) {
    const [userId, nonce, mac, ...rest] = item.split(".");
    if (!userId || !nonce || !mac || rest.length) continue;
    const entry = { userId, nonce, mac };
    if (isAuthentic(entry, keys)) entries.push(entry);
  }
  return entries;
}

/** When this browser has signed in to the account before: its device's id, for its own limit. */
export function knownDeviceFor(requestHeaders: Headers, userId: string): string | null {
  return deviceEntries(requestHeaders).find((entry) => entry.userId === userId)?.nonce ?? null;
}

/**
 * After a right password: gives this browser a fresh device entry for the account (a fresh
 * allowance), keeping its entries for other accounts. Sets the cookie on the response of the
 * server action or route handler the sign-in runs in.
 */
export async function rememberDevice(requestHeaders: Headers, userId: string): Promise<void> {
  const [key] = deviceKeys();
  if (!key) return;
  const nonce = randomBytes(16).toString("base64url");
  const entries = [{ userId, nonce, mac: macOf(key, userId, nonce) }, ...deviceEntries(requestHeaders).filter((entry) => entry.userId !== userId)];
  const value = entries
    .slice(0, MAX_ACCOUNTS)
    .map((entry) => `${entry.userId}.${entry.nonce}.${entry.mac}`)
    .join("~");
  (await cookies()).set(DEVICE_COOKIE, value, {
    httpOnly: true,
    sameSite: "lax",
    secure: sessionCookieIsSecure(requestHeaders),
    path: "/",
    maxAge: MAX_AGE_SECONDS,
  });
}

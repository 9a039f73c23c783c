import { createHmac, timingSafeEqual } from "node:crypto";
import type { NotificationType } from "@/lib/generated/prisma/enums";
import { sessionSecrets } from "@/lib/session-cookie";

/**
 * One-click unsubscribe links work without signing in (RFC 8058), so the link itself must prove
 * which member and which kinds of mail it stops: an HMAC over both, keyed from AUTH_SECRET (a
 * purpose label keeps it from ever matching another HMAC made with the same secret). No expiry:
 * an old message's unsubscribe link should still work. Rotating AUTH_SECRET (AUTH_SECRET_1..3)
 * keeps links signed with the older secrets valid.
 */
const PURPOSE = "marquee:unsubscribe:v1";
const KINDS: readonly NotificationType[] = ["COMMENT_REPLY", "REVIEW_COMMENT", "MODERATION"];

function secrets(): string[] {
  const configured = sessionSecrets();
  const list = Array.isArray(configured) ? configured : configured ? [configured] : [];
  if (!list.length) throw new Error("AUTH_SECRET is not set; unsubscribe links need it");
  return list;
}

function signature(secret: string, payload: string): Buffer {
  return createHmac("sha256", secret).update(`${PURPOSE}\n${payload}`).digest();
}

export interface UnsubscribeRequest {
  userId: string;
  kinds: NotificationType[];
}

export function unsubscribeToken({ userId, kinds }: UnsubscribeRequest): string {
  const payload = `${userId}.${[...new Set(kinds)].sort().join(",")}`;
  return `${Buffer.from(payload).toString("base64url")}.${signature(secrets()[0]!, payload).toString("base64url")}`;
}

/** The member and kinds a token stands for, or null for anything forged, altered or garbled. */
export function readUnsubscribeToken(token: string): UnsubscribeRequest | null {
  if (token.length > 500) return null;
  const [encodedPayload, encodedSignature, ...rest] = token.split(".");
  if (!encodedPayload || !encodedSignature || rest.length) return null;
  const payload = Buffer.from(encodedPayload, "base64url").toString("utf8");
  const given = Buffer.from(encodedSignature, "base64url");
  const valid = secrets().some((secret) => {
    const expected = signature(secret, payload);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!valid) return null;
  const [userId, kindList] = payload.split(".");
  const kinds = (kindList ?? "").split(",").filter((kind): kind is NotificationType => KINDS.includes(kind as NotificationType));
  return userId && kinds.length ? { userId, kinds } : null;
}

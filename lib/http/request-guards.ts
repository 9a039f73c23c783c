// Requests that Next.js, or Auth.js, would answer with a 500 because of how the request itself
// is made, answered by the proxy (proxy.ts) with the 4xx they deserve before they get there:
//
// - A server action whose Origin isn't this site. Next.js refuses it (CSRF), but as a 500, and a
//   malformed Origin header throws while it is parsed.
// - A server action body over the limit. Next.js stops reading it, again with a 500.
// - A server action body that isn't one: Next.js (React's decodeReply) throws on it, a 500.
// - A large body to Auth.js's endpoints (/api/auth/callback/credentials), which read any size.
//
// Next.js buffers a request body for the proxy (up to experimental.proxyClientMaxBodySize, set
// in next.config.js above these limits) and hands the same bytes on, so reading it here costs
// the handler nothing.
import { SERVER_ACTION_BODY_LIMIT } from "./body-limits.mjs";

export { SERVER_ACTION_BODY_LIMIT };

/** Auth.js's forms carry an email, a password, a CSRF token and a return address: a few KB. */
export const AUTH_BODY_LIMIT = 16 * 1024;

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

/** A request posting to a server action: by fetch (the Next-Action header) or by a form without JavaScript. */
export function isServerActionRequest(request: Request): boolean {
  if (request.method !== "POST") return false;
  return request.headers.has("next-action") || (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
}

/**
 * Next.js's own CSRF rule for server actions: the Origin's host must be the host the request was
 * made to (X-Forwarded-Host, else Host). No Origin at all is let through, as Next.js does: only
 * hand-made requests lack one, and they carry no one else's cookies. This site lists no
 * `serverActions.allowedOrigins`; one that did would list them here too.
 */
function isCrossOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false;
  let originHost: string;
  try {
    originHost = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return true;
  }
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return !host || originHost !== host;
}

/** The body's bytes, or null once there are more than `limit` (Content-Length says so, or counting does). */
async function boundedBody(request: Request, limit: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(chunk.value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** React's encoding of an action's arguments: their JSON array, alone or as form field "0". */
async function isActionPayload(body: Uint8Array, contentType: string, isFetch: boolean): Promise<boolean> {
  const isArrayJson = (text: unknown) => {
    try {
      return typeof text === "string" && Array.isArray(JSON.parse(text));
    } catch {
      return false;
    }
  };
  if (!contentType.startsWith("multipart/form-data")) return isFetch && isArrayJson(new TextDecoder("utf-8", { fatal: false }).decode(body));
  let form: FormData;
  try {
    form = await new Response(body as BodyInit, { headers: { "content-type": contentType } }).formData();
  } catch {
    return false;
  }
  // A form posted without JavaScript names its action in a field; its values are the form's own.
  return isFetch ? isArrayJson(form.get("0")) : true;
}

/** 403, 413 or 400 for a server action request Next.js would fail with a 500; null to let it through. */
export async function refuseBadServerAction(request: Request): Promise<Response | null> {
  if (isCrossOrigin(request.headers)) return plain(403, "Forbidden: this form was sent from another site.");
  const body = await boundedBody(request, SERVER_ACTION_BODY_LIMIT);
  if (body === null) return plain(413, "Payload too large: a form can send at most 1 MB.");
  const isFetch = request.headers.has("next-action");
  if (!(await isActionPayload(body, request.headers.get("content-type") ?? "", isFetch))) return plain(400, "Bad request: the form data is malformed.");
  return null;
}

/** 413 for a body to Auth.js's endpoints over AUTH_BODY_LIMIT; null to let it through. */
export async function refuseLargeAuthBody(request: Request): Promise<Response | null> {
  if (request.method !== "POST") return null;
  return (await boundedBody(request, AUTH_BODY_LIMIT)) === null ? plain(413, "Payload too large.") : null;
}

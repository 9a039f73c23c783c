// Route handlers (feeds, the viewer layer, the account export) answer a database outage
// themselves, since the proxy leaves them alone: 503 with Retry-After and a short explanation,
// in the form their clients read, at once while the database is known to be down, and in
// bounded time when this request is the one that finds out.
import { databaseAnswers, databaseFailureKind, databaseIsUnreachable, RETRY_AFTER_SECONDS } from "./health.mjs";

export const UNAVAILABLE_MESSAGE = "Marquee can't reach its database right now. Please try again in a few seconds.";

type Format = "json" | "text";

/** 503, Retry-After, never kept by a cache; `{ "error": … }` for JSON clients, plain text for the rest. */
export function serviceUnavailable(format: Format): Response {
  const headers = { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" };
  if (format === "json") return Response.json({ error: UNAVAILABLE_MESSAGE }, { status: 503, headers });
  return new Response(`${UNAVAILABLE_MESSAGE}\n`, { status: 503, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
}

/** Wraps a route handler that reads the database: a 503 instead of a 500 when it can't. */
export function withDatabase<Args extends unknown[]>(format: Format, handler: (...args: Args) => Promise<Response>): (...args: Args) => Promise<Response> {
  return async (...args) => {
    if (databaseIsUnreachable() && !(await databaseAnswers())) return serviceUnavailable(format);
    try {
      return await handler(...args);
    } catch (error) {
      if (databaseFailureKind(error)) return serviceUnavailable(format);
      throw error;
    }
  };
}

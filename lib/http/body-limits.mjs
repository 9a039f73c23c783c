// @ts-check
// Request body limits, shared by next.config.js (which hands them to Next.js) and the proxy's
// request guards (lib/http/request-guards.ts), so the two always agree.

/** A server action's whole request: Next.js's default, far above any form here (a review is 20,000 characters). */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

/**
 * How much of a request body Next.js buffers for the proxy. Above the action limit, so the proxy
 * can tell a body over it from one exactly at it (past this, Next.js stops buffering).
 */
export const PROXY_BODY_BUFFER = 2 * SERVER_ACTION_BODY_LIMIT;

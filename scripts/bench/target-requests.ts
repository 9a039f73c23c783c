// How each target is requested: a GET for pages; signed in, a page view: the page and then its
// viewer layer, both with the next member's session cookie, so per-member work such as their
// own votes varies as it would. For the action, a new comment each time, from the next member
// in the rotation, with a body never used before (the duplicate rule).
import { randomBytes } from "node:crypto";
import type { LoadSpec } from "./load";
import { postCommentRequest, readActionResult } from "./server-action";
import type { MemberRotation } from "./sessions";
import { BROWSER_ACCEPT_ENCODING, viewerLayerPath, type Target } from "./targets";

export interface TargetRequests {
  /** Sends one request and reads the whole response; throws unless it succeeded. */
  sendOne(origin: string): Promise<void>;
  /** Pages: the headers of the next request (a member's cookie when signed in), for weighing the page as that visitor gets it. */
  pageHeaders?: () => Record<string, string>;
  load: Pick<LoadSpec, "steps">;
}

export interface RequestContext {
  /** postCommentAction's id in this build. */
  actionId: string;
  /** Session cookies for the action and the signed-in pages. */
  members: MemberRotation;
}

let posted = 0;

/** Text of a new bench comment: unique, and easy to find (and count) in the database. */
export function benchCommentBody(): string {
  return `Bench post ${++posted} ${randomBytes(6).toString("hex")}: a comment written by the load test.`;
}

/**
 * A member's page is either the shared member page, whose account menu waits for the viewer
 * layer, or a live page with the menu rendered (its hidden sign-out button). Without this check
 * a cookie the app rejected would quietly measure a signed-out page.
 */
const MEMBER_PAGE_MARKS = ["Loading your account", ">Sign out<"];

/** The viewer layer names a member (not `{"account":null}`). */
const namesMember = (body: string) => (JSON.parse(body) as { account: unknown }).account !== null;

function pageRequests(target: Target, members: MemberRotation): TargetRequests {
  // As a browser asks (so Next.js compresses the response), unless the target measures the page uncompressed.
  const encoding: Record<string, string> = target.uncompressed ? {} : { ...BROWSER_ACCEPT_ENCODING };
  const pageHeaders = (): Record<string, string> => (target.signedIn ? { ...encoding, cookie: members.take().cookie } : { ...encoding });
  const layerPath = viewerLayerPath(target);
  if (!layerPath) {
    return {
      sendOne: async (origin) => {
        const response = await fetch(`${origin}${target.path}`, { headers: encoding });
        await response.text();
        if (!response.ok) throw new Error(`GET ${target.path} answered ${response.status}`);
      },
      pageHeaders,
      load: { steps: [{ path: target.path, headers: encoding }] },
    };
  }
  // A member's page view: the page, then its viewer layer, with the same member's cookie.
  const memberCookie = (cycle: Record<string, unknown>) => (cycle.cookie = members.take().cookie) as string;
  return {
    sendOne: async (origin) => {
      const headers = pageHeaders();
      const response = await fetch(`${origin}${target.path}`, { headers });
      const html = await response.text();
      if (!response.ok) throw new Error(`GET ${target.path} answered ${response.status}`);
      if (!MEMBER_PAGE_MARKS.some((mark) => html.includes(mark))) throw new Error(`GET ${target.path} with a member's session cookie answered a signed-out page`);
      const layer = await fetch(`${origin}${layerPath}`, { headers });
      const body = await layer.text();
      if (!layer.ok || !namesMember(body)) throw new Error(`GET ${layerPath} with a member's session cookie answered ${layer.status}: ${body.slice(0, 200)}`);
    },
    pageHeaders,
    load: {
      steps: [
        { path: target.path, nextRequest: (cycle) => ({ method: "GET", path: target.path, headers: { ...encoding, cookie: memberCookie(cycle) } }) },
        // The layer without Accept-Encoding: autocannon hands `succeeded` the body as received,
        // and at ~0.3 KB it is under the 1 KB below which Next.js doesn't compress anyway.
        { path: layerPath, nextRequest: (cycle) => ({ method: "GET", path: layerPath, headers: { cookie: cycle.cookie as string } }), succeeded: namesMember },
      ],
    },
  };
}

export function requestsFor(target: Target, context: RequestContext): TargetRequests {
  if (target.kind === "page") return pageRequests(target, context.members);
  const reviewId = target.reviewId!;
  const nextRequest = () => postCommentRequest(context.actionId, reviewId, benchCommentBody(), context.members.take().cookie);
  const succeeded = (body: string) => readActionResult(body)?.ok === true;
  return {
    sendOne: async (origin) => {
      const request = nextRequest();
      const response = await fetch(`${origin}${request.path}`, { method: "POST", headers: request.headers, body: request.body });
      const body = await response.text();
      if (!response.ok || !succeeded(body)) throw new Error(`The post-comment action failed (${response.status}): ${body.slice(0, 300)}`);
    },
    load: { steps: [{ path: target.path, nextRequest, succeeded }] },
  };
}

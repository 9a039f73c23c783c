// How each target is requested: a GET for pages (signed in: each with the next member's session
// cookie, so per-member work such as their own votes varies as it would); for the action, a new
// comment each time, from the next member in the rotation, with a body never used before (the
// duplicate rule).
import { randomBytes } from "node:crypto";
import type { LoadSpec } from "./load";
import { postCommentRequest, readActionResult } from "./server-action";
import type { MemberRotation } from "./sessions";
import type { Target } from "./targets";

export interface TargetRequests {
  /** Sends one request and reads the whole response; throws unless it succeeded. */
  sendOne(origin: string): Promise<void>;
  /** Pages: the headers of the next request (a member's cookie when signed in), for weighing the page as that visitor gets it. */
  pageHeaders?: () => Record<string, string>;
  load: Pick<LoadSpec, "path" | "nextRequest" | "succeeded">;
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
 * Only a member's page has the account menu, rendered with its (hidden) sign-out button. Without
 * this check a cookie the app rejected would quietly measure a live signed-out page.
 */
const SIGNED_IN_MARK = ">Sign out<";

function pageRequests(target: Target, members: MemberRotation): TargetRequests {
  const pageHeaders = (): Record<string, string> => (target.signedIn ? { cookie: members.take().cookie } : {});
  return {
    sendOne: async (origin) => {
      const response = await fetch(`${origin}${target.path}`, { headers: pageHeaders() });
      const html = await response.text();
      if (!response.ok) throw new Error(`GET ${target.path} answered ${response.status}`);
      if (target.signedIn && !html.includes(SIGNED_IN_MARK)) throw new Error(`GET ${target.path} with a member's session cookie answered a signed-out page`);
    },
    pageHeaders,
    load: target.signedIn ? { path: target.path, nextRequest: () => ({ method: "GET", path: target.path, headers: pageHeaders() }) } : { path: target.path },
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
    load: { path: target.path, nextRequest, succeeded },
  };
}

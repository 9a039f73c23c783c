// How each target is requested: a plain GET for pages; for the action, a new comment each time,
// from the next member in the rotation, with a body never used before (the duplicate rule).
import { randomBytes } from "node:crypto";
import type { LoadSpec } from "./load";
import { postCommentRequest, readActionResult } from "./server-action";
import type { MemberRotation } from "./sessions";
import type { Target } from "./targets";

export interface TargetRequests {
  /** Sends one request and reads the whole response; throws unless it succeeded. */
  sendOne(origin: string): Promise<void>;
  load: Pick<LoadSpec, "path" | "nextRequest" | "succeeded">;
}

export interface ActionContext {
  actionId: string;
  members: MemberRotation;
}

let posted = 0;

/** Text of a new bench comment: unique, and easy to find (and count) in the database. */
export function benchCommentBody(): string {
  return `Bench post ${++posted} ${randomBytes(6).toString("hex")}: a comment written by the load test.`;
}

export function requestsFor(target: Target, action: ActionContext): TargetRequests {
  if (target.kind === "page") {
    return {
      sendOne: async (origin) => {
        const response = await fetch(`${origin}${target.path}`);
        await response.text();
        if (!response.ok) throw new Error(`GET ${target.path} answered ${response.status}`);
      },
      load: { path: target.path },
    };
  }
  const reviewId = target.reviewId!;
  const nextRequest = () => postCommentRequest(action.actionId, reviewId, benchCommentBody(), action.members.take().cookie);
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

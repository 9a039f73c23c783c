// The proxy's half of the page policy (lib/http/content-security-policy.mjs): a nonce for each
// page request, on the request for the render to put on its scripts, and on the response for the
// browser to hold them to. A page the page cache serves answers with the policy of the rendering
// it sends instead (the cache handler stores it with the page): a header naming this request's
// nonce would refuse that rendering's scripts.
import type { NextRequest, NextResponse } from "next/server";
import { pagePolicy, POLICY_HEADER, scriptNonce } from "./content-security-policy.mjs";

export class PageNonce {
  /** The request's headers as the proxy passes them on: with the policy, replacing any a client sent. */
  readonly requestHeaders: Headers;
  readonly policy: string;

  constructor(request: NextRequest) {
    this.policy = pagePolicy(scriptNonce());
    this.requestHeaders = new Headers(request.headers);
    this.requestHeaders.set(POLICY_HEADER, this.policy);
  }

  /** A page rendered for this request: the browser holds its scripts to this request's nonce. */
  rendered(response: NextResponse): NextResponse {
    response.headers.set(POLICY_HEADER, this.policy);
    return response;
  }

  /**
   * A page the page cache serves (or renders now for later readers): Next.js sends the policy
   * stored with it. In development Next.js caches no page, so it is rendered for this request.
   */
  cached(response: NextResponse): NextResponse {
    return process.env.NODE_ENV === "development" ? this.rendered(response) : response;
  }
}

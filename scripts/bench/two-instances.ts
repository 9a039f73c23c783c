// With two instances on one database: what one instance does, the other sees at once.
// - a session cookie minted once is accepted by both (stateless JWT, shared AUTH_SECRET);
// - a comment posted through A is on B's review page on the very next request, even though B
//   had that page cached for signed-out readers, and on B's page for members, where B's viewer
//   layer knows it is the poster's own;
// - the flood limit (one comment per 15 s) holds across both: the same member posting on B
//   right after A is refused.
import type { AppInstance } from "./app-server";
import { postCommentRequest, readActionResult, type ActionOutcome } from "./server-action";
import { sessionCookie } from "./sessions";
import { benchCommentBody } from "./target-requests";

export interface InstanceCheck {
  name: string;
  passed: boolean;
  detail: string;
}

async function sessionUserId(instance: AppInstance, cookie: string): Promise<string | null> {
  const response = await fetch(`${instance.origin}/api/auth/session`, { headers: { cookie } });
  const session = (await response.json()) as { user?: { id?: string } } | null;
  return session?.user?.id ?? null;
}

async function post(instance: AppInstance, actionId: string, reviewId: string, body: string, cookie: string): Promise<ActionOutcome | null> {
  const request = postCommentRequest(actionId, reviewId, body, cookie);
  const response = await fetch(`${instance.origin}${request.path}`, { method: "POST", headers: request.headers, body: request.body });
  return readActionResult(await response.text());
}

export async function checkTwoInstances(
  [a, b]: [AppInstance, AppInstance],
  options: { secret: string; memberId: string; actionId: string; reviewId: string },
): Promise<InstanceCheck[]> {
  const { secret, memberId, actionId, reviewId } = options;
  const cookie = await sessionCookie(secret, memberId);
  const checks: InstanceCheck[] = [];

  const seen = [await sessionUserId(a, cookie), await sessionUserId(b, cookie)];
  checks.push({
    name: "A session cookie minted once is valid on both instances",
    passed: seen.every((id) => id === memberId),
    detail: `/api/auth/session → A: ${seen[0] ?? "signed out"}, B: ${seen[1] ?? "signed out"}`,
  });

  // B renders (and caches, for signed-out readers) the page first, so the check below shows
  // that a change made through A expires B's cached copy, not merely that B renders fresh.
  const newestOnB = `${b.origin}/reviews/${reviewId}?sort=newest`;
  await (await fetch(newestOnB)).text();
  await new Promise((resolve) => setTimeout(resolve, 6_000)); // past the cache's render grace
  const cachedOnB = (await fetch(newestOnB)).headers.get("x-nextjs-cache");
  const body = benchCommentBody();
  const onA = await post(a, actionId, reviewId, body, cookie);
  const pageOnB = await (await fetch(newestOnB)).text();
  checks.push({
    name: "A comment posted on A is on B's review page at once, though B had it cached",
    passed: cachedOnB === "HIT" && onA?.ok === true && pageOnB.includes(body),
    detail: `B's page cached before the post: ${cachedOnB ?? "no"}; post on A: ${onA?.ok ? "ok" : JSON.stringify(onA)}; B's page (newest first) ${pageOnB.includes(body) ? "shows it" : "does not show it"}`,
  });

  // The poster's own page view on B: the page members share, and the viewer layer that marks the
  // comment as theirs (so they get Edit and Delete on it).
  const memberPageOnB = await (await fetch(newestOnB, { headers: { cookie } })).text();
  const layerOnB = (await (await fetch(`${b.origin}/api/viewer?review=${encodeURIComponent(reviewId)}`, { headers: { cookie } })).json()) as {
    review?: { ownComments?: string[] };
  };
  const commentId = onA?.ok ? String(onA.data.commentId) : null;
  const ownOnB = commentId !== null && (layerOnB.review?.ownComments ?? []).includes(commentId);
  checks.push({
    name: "The poster's own page view on B shows the comment as theirs",
    passed: memberPageOnB.includes(body) && ownOnB,
    detail: `B's member page ${memberPageOnB.includes(body) ? "shows it" : "does not show it"}; B's viewer layer ${ownOnB ? "lists it as the member's own" : "does not list it as theirs"}`,
  });

  const onB = await post(b, actionId, reviewId, benchCommentBody(), cookie);
  checks.push({
    name: "The flood limit holds across instances",
    passed: onB?.ok === false && /wait/i.test(onB.error),
    detail: `the same member posting on B right after A: ${onB ? (onB.ok ? "accepted" : `refused: "${onB.error}"`) : "no result"}`,
  });
  return checks;
}

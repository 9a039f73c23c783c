// Posting comments through the real postCommentAction in tests, without tripping the flood
// limit (one comment per 15 s per user) that a test posting several comments would hit.
import { postCommentAction } from "@/lib/actions/comments";
import { db } from "@/lib/db";
import type { PostCommentInput } from "@/lib/validations/comment";
import { expectOk } from "./action-results";
import { actAs } from "./acting-as";

let counter = 0;

/** A comment body no earlier test used, so the duplicate-comment guard never fires by accident. */
export function uniqueBody(prefix = "A comment"): string {
  return `${prefix} #${Date.now().toString(36)}${(counter++).toString(36)}`;
}

/** Ends the user's current rate-limit windows, as if enough time had passed. */
export async function expireCommentRateLimits(userId: string): Promise<void> {
  await db.rateLimit.updateMany({ where: { key: { endsWith: `:${userId}` } }, data: { windowEndsAt: new Date(Date.now() - 1000) } });
}

/** Posts as `user` (after expiring their flood window); leaves `user` as the caller. */
export async function postCommentAs(user: { id: string }, input: Omit<PostCommentInput, "body"> & { body?: string }) {
  await expireCommentRateLimits(user.id);
  actAs(user);
  return postCommentAction({ ...input, body: input.body ?? uniqueBody() });
}

/** Like postCommentAs, but the comment must be accepted; returns its id and state. */
export async function postedComment(user: { id: string }, input: Omit<PostCommentInput, "body"> & { body?: string }) {
  return expectOk(await postCommentAs(user, input));
}

// Content and moderation history for moderation tests, made through the real moderation code
// (so counts and audit rows are what the app itself would have written) without touching
// whom actAs() says is calling.
import { applyCommentPublished, loadPublishedComment } from "@/lib/comments/publish-effects";
import { db } from "@/lib/db";
import { moderateContent, type Decision } from "@/lib/moderation/moderate-content";
import type { ContentKind } from "@/lib/moderation/content-state";
import { createTestComment } from "./fixtures";

/** A published comment that is counted in its review's commentCount, as a posted one would be. */
export async function createCountedComment(options: { reviewId: string; authorId: string; parentId?: string; body?: string }) {
  const comment = await createTestComment(options);
  await db.$transaction(async (tx) => applyCommentPublished(tx, await loadPublishedComment(tx, comment.id)));
  return comment;
}

/** A comment held for moderation, as the hold rules leave it. */
export async function createPendingComment(options: { reviewId: string; authorId: string; parentId?: string }) {
  const comment = await createTestComment(options);
  return db.comment.update({ where: { id: comment.id }, data: { state: "PENDING", stateReason: "Held for moderation: first comment from a new member" } });
}

/** Applies a moderator decision with the app's own code; returns the audit entry's id. */
export async function moderated(actorId: string, item: { kind: ContentKind; id: string }, decision: Decision, reason: string | null = null): Promise<string> {
  const outcome = await db.$transaction((tx) => moderateContent(tx, actorId, item, decision, reason));
  if (!outcome.ok) throw new Error(`fixture: couldn't ${decision} ${item.kind} ${item.id}: ${outcome.error}`);
  return outcome.actionId;
}

export const contentRow = (kind: ContentKind, id: string) =>
  kind === "REVIEW" ? db.review.findUniqueOrThrow({ where: { id } }) : db.comment.findUniqueOrThrow({ where: { id } });

export const commentCountOf = async (reviewId: string) => (await db.review.findUniqueOrThrow({ where: { id: reviewId } })).commentCount;

export const banFieldsOf = (userId: string) =>
  db.user.findUniqueOrThrow({ where: { id: userId }, select: { bannedAt: true, bannedUntil: true, banReason: true, bannedById: true } });

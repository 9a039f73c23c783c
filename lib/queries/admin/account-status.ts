import "server-only";
import { db } from "@/lib/db";
import type { AppealStatus } from "@/lib/generated/prisma/enums";

// What moderation has done to one member's account and writing, as they see it on
// /account-status: a ban, hidden reviews and comments, and the appeals they filed.
// Always scoped to the caller's own id.

export interface OwnAppeal {
  status: AppealStatus;
  body: string;
  response: string | null;
  createdAt: Date;
  decidedAt: Date | null;
}

export interface HiddenItem {
  kind: "REVIEW" | "COMMENT";
  id: string;
  /** The review (itself, or the one a comment belongs to). */
  reviewId: string;
  heading: string;
  body: string;
  reason: string | null;
  hiddenAt: Date | null;
  /** The hide to appeal; null when none is on record (then there is nothing to appeal). */
  actionId: string | null;
  appeal: OwnAppeal | null;
}

const HIDE_ACTIONS = ["review.hide", "comment.hide", "review.auto-hide", "comment.auto-hide"];
const appealSelect = { actionId: true, status: true, body: true, response: true, createdAt: true, decidedAt: true } as const;

export async function getAccountStatus(userId: string) {
  const [banAction, reviews, comments] = await Promise.all([
    db.moderationAction.findFirst({
      where: { targetType: "USER", targetId: userId, action: "user.ban", undoneAt: null },
      select: { id: true, createdAt: true },
      orderBy: { createdAt: "desc" },
    }),
    db.review.findMany({
      where: { authorId: userId, state: "HIDDEN" },
      select: { id: true, title: true, body: true, stateReason: true, film: { select: { title: true } } },
      orderBy: { updatedAt: "desc" },
      take: 50,
    }),
    db.comment.findMany({
      where: { authorId: userId, state: "HIDDEN" },
      select: { id: true, body: true, stateReason: true, reviewId: true, review: { select: { film: { select: { title: true } } } } },
      orderBy: { updatedAt: "desc" },
      take: 50,
    }),
  ]);

  const targetIds = [...reviews.map((review) => review.id), ...comments.map((comment) => comment.id)];
  const hides = targetIds.length
    ? await db.moderationAction.findMany({
        where: { targetId: { in: targetIds }, action: { in: HIDE_ACTIONS }, undoneAt: null },
        select: { id: true, targetId: true, createdAt: true },
        orderBy: { createdAt: "desc" },
      })
    : [];
  const actionIds = [...hides.map((hide) => hide.id), ...(banAction ? [banAction.id] : [])];
  const appeals = actionIds.length ? await db.appeal.findMany({ where: { userId, actionId: { in: actionIds } }, select: appealSelect }) : [];
  const appealFor = (actionId: string | undefined) => {
    const found = appeals.find((appeal) => appeal.actionId === actionId);
    return found ? { status: found.status, body: found.body, response: found.response, createdAt: found.createdAt, decidedAt: found.decidedAt } : null;
  };
  // The latest hide of each item is the one in force.
  const hideOf = (id: string) => hides.find((hide) => hide.targetId === id);

  const hidden: HiddenItem[] = [
    ...reviews.map((review) => ({
      kind: "REVIEW" as const,
      id: review.id,
      reviewId: review.id,
      heading: `Your review of ${review.film.title}${review.title ? `: “${review.title}”` : ""}`,
      body: review.body,
      reason: review.stateReason,
      hiddenAt: hideOf(review.id)?.createdAt ?? null,
      actionId: hideOf(review.id)?.id ?? null,
      appeal: appealFor(hideOf(review.id)?.id),
    })),
    ...comments.map((comment) => ({
      kind: "COMMENT" as const,
      id: comment.id,
      reviewId: comment.reviewId,
      heading: `Your comment on a review of ${comment.review.film.title}`,
      body: comment.body,
      reason: comment.stateReason,
      hiddenAt: hideOf(comment.id)?.createdAt ?? null,
      actionId: hideOf(comment.id)?.id ?? null,
      appeal: appealFor(hideOf(comment.id)?.id),
    })),
  ];

  // Decisions already reversed or lifted drop out of the lists above; their appeals stay visible here.
  const earlier = await db.appeal.findMany({
    where: { userId, status: { not: "OPEN" }, ...(actionIds.length ? { OR: [{ actionId: null }, { actionId: { notIn: actionIds } }] } : {}) },
    select: { ...appealSelect, id: true, action: { select: { action: true } } },
    orderBy: { decidedAt: "desc" },
    take: 20,
  });

  return {
    ban: banAction ? { actionId: banAction.id, since: banAction.createdAt, appeal: appealFor(banAction.id) } : null,
    hidden,
    earlierAppeals: earlier.map(({ actionId: _actionId, action, ...appeal }) => ({ ...appeal, about: action?.action ?? null })),
  };
}

export type AccountStatus = Awaited<ReturnType<typeof getAccountStatus>>;

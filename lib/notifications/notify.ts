import type { NotificationType } from "@/lib/generated/prisma/enums";

export interface CommentNotification {
  userId: string;
  type: NotificationType;
  actorId: string;
  reviewId: string;
  commentId: string;
}

/**
 * Who hears about a newly visible comment: the parent comment's author about a reply, and the
 * review's author about a new comment — never yourself, and never the same person twice for
 * one comment.
 */
export function commentNotifications(
  comment: { id: string; reviewId: string; authorId: string },
  recipients: { parentAuthorId: string | null; reviewAuthorId: string | null },
): CommentNotification[] {
  const notifications: CommentNotification[] = [];
  const about = { actorId: comment.authorId, reviewId: comment.reviewId, commentId: comment.id };
  const { parentAuthorId, reviewAuthorId } = recipients;
  if (parentAuthorId && parentAuthorId !== comment.authorId) {
    notifications.push({ userId: parentAuthorId, type: "COMMENT_REPLY", ...about });
  }
  if (reviewAuthorId && reviewAuthorId !== comment.authorId && reviewAuthorId !== parentAuthorId) {
    notifications.push({ userId: reviewAuthorId, type: "REVIEW_COMMENT", ...about });
  }
  return notifications;
}

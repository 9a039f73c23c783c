import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationType } from "@/lib/generated/prisma/enums";
import type { Credit } from "@/lib/format/credit";
import { markdownExcerpt } from "@/lib/format/excerpt";
import { reviewTitle } from "@/lib/format/review-title";
import { pageCountFor } from "./paging";
import { sourceCreditSelect, toCredit, userCreditSelect } from "./credit-select";

export const NOTIFICATIONS_PER_PAGE = 20;

export interface NotificationView {
  id: string;
  type: NotificationType;
  createdAt: Date;
  unread: boolean;
  /** Who caused it; null for system notices or a removed account link. */
  actor: Credit | null;
  /** Free text, for moderation notices. */
  message: string | null;
  filmTitle: string | null;
  reviewTitle: string | null;
  /** The start of the comment, only while it is published. */
  excerpt: string | null;
  /** The comment's permalink, or the review; null when neither is readable any more. */
  href: string | null;
}

const notificationSelect = {
  id: true,
  type: true,
  message: true,
  readAt: true,
  createdAt: true,
  actor: { select: userCreditSelect },
  review: {
    select: { id: true, title: true, state: true, film: { select: { title: true } }, author: { select: userCreditSelect }, sourceAuthor: { select: sourceCreditSelect } },
  },
  comment: { select: { id: true, body: true, state: true } },
} satisfies Prisma.NotificationSelect;

type NotificationRow = Prisma.NotificationGetPayload<{ select: typeof notificationSelect }>;

function toView(row: NotificationRow): NotificationView {
  const review = row.review?.state === "PUBLISHED" ? row.review : null;
  const comment = review && row.comment?.state === "PUBLISHED" ? row.comment : null;
  return {
    id: row.id,
    type: row.type,
    createdAt: row.createdAt,
    unread: row.readAt === null,
    actor: row.actor ? toCredit(row.actor, null) : null,
    message: row.message,
    filmTitle: review?.film.title ?? null,
    reviewTitle: review ? reviewTitle({ title: review.title, credit: toCredit(review.author, review.sourceAuthor) }) : null,
    excerpt: comment ? markdownExcerpt(comment.body, 24) : null,
    href: comment ? `/comments/${comment.id}` : review ? `/reviews/${review.id}` : null,
  };
}

/** How many unread notifications the bell shows. Cached per request. */
export const countUnreadNotifications = cache(async (userId: string): Promise<number> => {
  return db.notification.count({ where: { userId, readAt: null } });
});

export interface NotificationPage {
  items: NotificationView[];
  page: number;
  pageCount: number;
  unreadCount: number;
}

/** One page of a user's notifications, newest first. */
export async function listNotifications(userId: string, page: number): Promise<NotificationPage> {
  const [rows, total, unreadCount] = await Promise.all([
    db.notification.findMany({
      where: { userId },
      select: notificationSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTIFICATIONS_PER_PAGE,
      take: NOTIFICATIONS_PER_PAGE,
    }),
    db.notification.count({ where: { userId } }),
    countUnreadNotifications(userId),
  ]);
  return { items: rows.map(toView), page, pageCount: pageCountFor(total, NOTIFICATIONS_PER_PAGE), unreadCount };
}

import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ContentState, ReportReason } from "@/lib/generated/prisma/enums";
import type { Credit } from "@/lib/format/credit";
import { reviewTitle } from "@/lib/format/review-title";
import { sourceCreditSelect, toCredit, userCreditSelect } from "../credit-select";
import { ADMIN_PAGE_SIZE, paged, type Paged } from "./paging";
import type { QueueFilters } from "./queue-filters";
import { commentQueueWhere, reviewQueueWhere, type OpenlyReported } from "./queue-where";

export interface QueueReport {
  id: string;
  reason: ReportReason;
  details: string | null;
  createdAt: Date;
  reporter: { id: string; handle: string };
}

export interface QueueItem {
  kind: "REVIEW" | "COMMENT";
  id: string;
  /** A review's own title (null for comments and untitled reviews). */
  title: string | null;
  body: string;
  state: ContentState;
  stateReason: string | null;
  createdAt: Date;
  /** The account that wrote it (null for imported items), for the admin user page. */
  authorId: string | null;
  credit: Credit;
  /** The review the item is, or belongs to. */
  review: { id: string; label: string; film: { title: string; slug: string } };
  parentId: string | null;
  openReports: QueueReport[];
  openReportCount: number;
}

const REPORTS_SHOWN = 10;
const openReportsSelect = {
  where: { status: "OPEN" },
  select: { id: true, reason: true, details: true, createdAt: true, reporter: { select: { id: true, handle: true } } },
  orderBy: { createdAt: "asc" },
  take: REPORTS_SHOWN,
} satisfies Prisma.Review$reportsArgs;
const openReportCount = { select: { reports: { where: { status: "OPEN" } } } } as const;
const filmSelect = { select: { title: true, slug: true } } as const;

const reviewItemSelect = {
  id: true,
  title: true,
  body: true,
  state: true,
  stateReason: true,
  createdAt: true,
  authorId: true,
  author: { select: userCreditSelect },
  sourceAuthor: { select: sourceCreditSelect },
  film: filmSelect,
  reports: openReportsSelect,
  _count: openReportCount,
} satisfies Prisma.ReviewSelect;

const commentItemSelect = {
  id: true,
  body: true,
  state: true,
  stateReason: true,
  createdAt: true,
  parentId: true,
  authorId: true,
  author: { select: userCreditSelect },
  sourceAuthor: { select: sourceCreditSelect },
  review: { select: { id: true, title: true, author: { select: userCreditSelect }, sourceAuthor: { select: sourceCreditSelect }, film: filmSelect } },
  reports: openReportsSelect,
  _count: openReportCount,
} satisfies Prisma.CommentSelect;

type ReviewRow = Prisma.ReviewGetPayload<{ select: typeof reviewItemSelect }>;
type CommentRow = Prisma.CommentGetPayload<{ select: typeof commentItemSelect }>;

function fromReview(row: ReviewRow): QueueItem {
  const credit = toCredit(row.author, row.sourceAuthor);
  return {
    kind: "REVIEW",
    id: row.id,
    title: row.title,
    body: row.body,
    state: row.state,
    stateReason: row.stateReason,
    createdAt: row.createdAt,
    authorId: row.authorId,
    credit,
    review: { id: row.id, label: reviewTitle({ title: row.title, credit }), film: row.film },
    parentId: null,
    openReports: row.reports,
    openReportCount: row._count.reports,
  };
}

function fromComment(row: CommentRow): QueueItem {
  const reviewCredit = toCredit(row.review.author, row.review.sourceAuthor);
  return {
    kind: "COMMENT",
    id: row.id,
    title: null,
    body: row.body,
    state: row.state,
    stateReason: row.stateReason,
    createdAt: row.createdAt,
    authorId: row.authorId,
    credit: toCredit(row.author, row.sourceAuthor),
    review: { id: row.review.id, label: reviewTitle({ title: row.review.title, credit: reviewCredit }), film: row.review.film },
    parentId: row.parentId,
    openReports: row.reports,
    openReportCount: row._count.reports,
  };
}

const NEWEST_FIRST = [{ createdAt: "desc" as const }, { id: "desc" as const }];
const newestFirst = (a: QueueItem, b: QueueItem) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1);

/**
 * One page of the queue. The queue proper ("attention") comes in the order items came to need
 * a moderator, latest first: an old comment reported a minute ago is at the top, not on page
 * 40. Everything else ("all") comes newest first.
 */
export async function listQueue(filters: QueueFilters, size = ADMIN_PAGE_SIZE): Promise<Paged<QueueItem>> {
  return filters.scope === "attention" ? listByAttention(filters, size) : listNewestFirst(filters, size);
}

const NOTHING_REPORTED: OpenlyReported = { reviews: new Map(), comments: new Map() };

/**
 * With both kinds shown, each table gives its newest `page × size` matches and the two lists
 * are merged, which is exact and cheap for the page depths a moderation queue reaches.
 */
async function listNewestFirst(filters: QueueFilters, size: number): Promise<Paged<QueueItem>> {
  const { wantReviews, wantComments } = kindsWanted(filters);
  const single = wantReviews !== wantComments;
  const window = single ? { skip: (filters.page - 1) * size, take: size } : { skip: 0, take: filters.page * size };
  const reviewWhere = reviewQueueWhere(filters, NOTHING_REPORTED);
  const commentWhere = commentQueueWhere(filters, NOTHING_REPORTED);
  const [reviews, comments, reviewTotal, commentTotal] = await Promise.all([
    wantReviews ? db.review.findMany({ where: reviewWhere, select: reviewItemSelect, orderBy: NEWEST_FIRST, ...window }) : [],
    wantComments ? db.comment.findMany({ where: commentWhere, select: commentItemSelect, orderBy: NEWEST_FIRST, ...window }) : [],
    wantReviews ? db.review.count({ where: reviewWhere }) : 0,
    wantComments ? db.comment.count({ where: commentWhere }) : 0,
  ]);

  const merged = [...reviews.map(fromReview), ...comments.map(fromComment)].sort(newestFirst);
  const rows = single ? merged : merged.slice((filters.page - 1) * size, filters.page * size);
  return paged(rows, reviewTotal + commentTotal, filters.page, size);
}

/**
 * The queue proper is small by nature (held and reported items), so every match's id and
 * times are read, ordered here, and only the page's items are loaded in full.
 */
async function listByAttention(filters: QueueFilters, size: number): Promise<Paged<QueueItem>> {
  const { wantReviews, wantComments } = kindsWanted(filters);
  const reported = await listOpenlyReported();
  const times = { id: true, state: true, createdAt: true, editedAt: true } as const;
  const [reviewTimes, commentTimes] = await Promise.all([
    wantReviews ? db.review.findMany({ where: reviewQueueWhere(filters, reported), select: times }) : [],
    wantComments ? db.comment.findMany({ where: commentQueueWhere(filters, reported), select: times }) : [],
  ]);
  const ordered = [
    ...reviewTimes.map((item) => ({ id: item.id, at: attentionTime(item, reported.reviews.get(item.id)) })),
    ...commentTimes.map((item) => ({ id: item.id, at: attentionTime(item, reported.comments.get(item.id)) })),
  ].sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
  const pageIds = ordered.slice((filters.page - 1) * size, filters.page * size).map((item) => item.id);

  const [reviews, comments] = await Promise.all([
    wantReviews ? db.review.findMany({ where: { id: { in: pageIds } }, select: reviewItemSelect }) : [],
    wantComments ? db.comment.findMany({ where: { id: { in: pageIds } }, select: commentItemSelect }) : [],
  ]);
  const byId = new Map([...reviews.map(fromReview), ...comments.map(fromComment)].map((item) => [item.id, item]));
  const rows = pageIds.flatMap((id) => byId.get(id) ?? []);
  return paged(rows, ordered.length, filters.page, size);
}

/** When an item came to need a moderator: its latest open report, or when it was held (written, or edited into a hold). */
function attentionTime(item: { state: ContentState; createdAt: Date; editedAt: Date | null }, reportedAt: Date | undefined): number {
  const heldAt = item.state === "PENDING" ? (item.editedAt ?? item.createdAt).getTime() : 0;
  return Math.max(heldAt, reportedAt?.getTime() ?? 0);
}

function kindsWanted(filters: QueueFilters) {
  return { wantReviews: filters.type !== "comment", wantComments: filters.type !== "review" };
}

async function listOpenlyReported(): Promise<OpenlyReported> {
  const latest = await db.report.groupBy({ by: ["reviewId", "commentId"], where: { status: "OPEN" }, _max: { createdAt: true } });
  const reported: OpenlyReported = { reviews: new Map(), comments: new Map() };
  for (const { reviewId, commentId, _max } of latest) {
    if (reviewId) reported.reviews.set(reviewId, _max.createdAt!);
    if (commentId) reported.comments.set(commentId, _max.createdAt!);
  }
  return reported;
}

/** How many items wait in the queue proper: held ones, and reported ones (counted once each). */
export async function countQueue() {
  const held = { state: "PENDING" } as const;
  const reported = { reports: { some: { status: "OPEN" } } } as const;
  const [pendingReviews, pendingComments, reportedReviews, reportedComments, openReports] = await Promise.all([
    db.review.count({ where: held }),
    db.comment.count({ where: held }),
    db.review.count({ where: reported }),
    db.comment.count({ where: reported }),
    db.report.count({ where: { status: "OPEN" } }),
  ]);
  return { pending: pendingReviews + pendingComments, reportedItems: reportedReviews + reportedComments, openReports };
}

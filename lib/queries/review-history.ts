import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { pageCountFor, type Paged } from "./paging";
import { getReviewForViewer, type ViewableReview } from "./review-page";

// A review's edit history, one page of it per request: the list of edits reads small columns and
// a hash of each text, and only the edit being looked at brings its two texts to be compared.
// (Reading and word-diffing every version at once took seconds per view after twenty long edits.)

/** Edits listed per page of the history. */
export const HISTORY_PAGE_SIZE = 20;

/** One version of a review as it read at some point. */
export interface ReviewVersion {
  title: string | null;
  body: string;
  rating: number | null;
  hasSpoilers: boolean;
}

/** What one edit changed, for the list of edits. */
export interface EditSummary {
  /** 1 for the first edit. */
  number: number;
  editedAt: Date;
  titleChanged: boolean;
  textChanged: boolean;
  spoilersChanged: boolean;
  rating: { before: number | null; after: number | null } | null;
}

/** The edit shown in full: the version it replaced and the one it made. */
export interface ReviewEdit {
  number: number;
  editedAt: Date;
  before: ReviewVersion;
  after: ReviewVersion;
}

export interface ReviewHistory {
  review: ViewableReview;
  firstPostedAt: Date;
  /** Newest first. */
  edits: Paged<EditSummary>;
  /** Null when the review was never edited. */
  selected: ReviewEdit | null;
}

/**
 * Which edit to show and which page of the list, from `?edit=` and `?page=`: by default the
 * newest edit; with only a page, the newest edit on it; with only an edit, the page listing it.
 */
export interface HistoryQuery {
  edit?: number;
  page?: number;
}

interface VersionMeta {
  title: string | null;
  rating: number | null;
  hasSpoilers: boolean;
  bodyHash: string;
  /** When the edit that replaced this version was made. */
  replacedAt: Date;
}

const md5 = (text: string) => createHash("md5").update(text, "utf8").digest("hex");

/**
 * Each ReviewRevision row holds the version an edit replaced, stamped with the time of that edit,
 * so revision n is version n and edit n turned it into version n+1 (the last one being the review
 * as it reads now). A review written again after its author deleted it starts a new history: the
 * deleted versions stay stored, dated before the new posting, but are not shown.
 */
const revisionsOf = (reviewId: string, postedAt: Date) => ({ reviewId, createdAt: { gte: postedAt } });
const inOrder = [{ createdAt: "asc" as const }, { id: "asc" as const }];

/** Versions `from`…`from + count - 1` (1-based) as the list needs them: no text, only its hash. */
async function versionMetas(reviewId: string, from: number, count: number): Promise<VersionMeta[]> {
  // Compared with the review's own createdAt in SQL, so no timestamp crosses as a parameter.
  return db.$queryRaw<VersionMeta[]>`
    SELECT rr."title", rr."rating", rr."hasSpoilers", md5(rr."body") AS "bodyHash", rr."createdAt" AS "replacedAt"
    FROM "ReviewRevision" rr JOIN "Review" r ON r."id" = rr."reviewId"
    WHERE rr."reviewId" = ${reviewId} AND rr."createdAt" >= r."createdAt"
    ORDER BY rr."createdAt", rr."id"
    OFFSET ${from - 1} LIMIT ${count}`;
}

function summary(number: number, before: VersionMeta, after: Omit<VersionMeta, "replacedAt">): EditSummary {
  return {
    number,
    editedAt: before.replacedAt,
    titleChanged: (before.title ?? "") !== (after.title ?? ""),
    textChanged: before.bodyHash !== after.bodyHash,
    spoilersChanged: before.hasSpoilers !== after.hasSpoilers,
    rating: before.rating === after.rating ? null : { before: before.rating, after: after.rating },
  };
}

/** Edits `low`…`high`, newest first. */
async function editSummaries(review: ViewableReview, editCount: number, low: number, high: number): Promise<EditSummary[]> {
  if (editCount === 0) return [];
  // Edit n is between versions n and n+1; the newest version is the review itself.
  const metas = await versionMetas(review.id, low, Math.min(high + 1, editCount) - low + 1);
  const current = { title: review.title, rating: review.rating, hasSpoilers: review.hasSpoilers, bodyHash: md5(review.body) };
  const summaries = metas.map((before, index) => summary(low + index, before, metas[index + 1] ?? current));
  return summaries.slice(0, high - low + 1).reverse();
}

async function editInFull(review: ViewableReview, postedAt: Date, editCount: number, number: number): Promise<ReviewEdit> {
  const select = { title: true, body: true, rating: true, hasSpoilers: true, createdAt: true } as const;
  const [before, next] = await db.reviewRevision.findMany({ where: revisionsOf(review.id, postedAt), select, orderBy: inOrder, skip: number - 1, take: 2 });
  const { createdAt: editedAt, ...replaced } = before!;
  const made = number < editCount && next ? next : review;
  return {
    number,
    editedAt,
    before: replaced,
    after: { title: made.title, body: made.body, rating: made.rating, hasSpoilers: made.hasSpoilers },
  };
}

/**
 * A review's history, under the same visibility rules as the review itself (deleted reviews have
 * no public history): one page of its edits, and one edit in full, the newest unless `query.edit`
 * names another. Null when there is no such review, or no such edit.
 */
export async function getReviewHistory(id: string, viewerId: string | null, viewerIsStaff: boolean, query: HistoryQuery = {}): Promise<ReviewHistory | null> {
  const page = await getReviewForViewer(id, viewerId, viewerIsStaff);
  if (page?.kind !== "visible") return null;
  const review = page.review;

  const { createdAt: postedAt } = await db.review.findUniqueOrThrow({ where: { id: review.id }, select: { createdAt: true } });
  const editCount = await db.reviewRevision.count({ where: revisionsOf(review.id, postedAt) });
  if (query.edit !== undefined && (query.edit < 1 || query.edit > editCount)) return null;

  const pageCount = pageCountFor(editCount, HISTORY_PAGE_SIZE);
  const pageOf = (edit: number) => Math.floor((editCount - edit) / HISTORY_PAGE_SIZE) + 1;
  const listPage = Math.min(query.page ?? (query.edit ? pageOf(query.edit) : 1), pageCount);
  const high = editCount - (listPage - 1) * HISTORY_PAGE_SIZE;
  const low = Math.max(1, high - HISTORY_PAGE_SIZE + 1);
  const selectedNumber = query.edit ?? high;

  const [items, selected] = await Promise.all([
    editSummaries(review, editCount, low, high),
    selectedNumber >= 1 ? editInFull(review, postedAt, editCount, selectedNumber) : null,
  ]);
  return { review, firstPostedAt: postedAt, edits: { items, total: editCount, page: listPage, pageCount }, selected };
}

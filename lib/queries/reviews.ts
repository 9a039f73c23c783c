import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Credit } from "@/lib/format/credit";
import { markdownExcerpt } from "@/lib/format/excerpt";
import { sourceCreditSelect, toCredit, userCreditSelect } from "./credit-select";
import { pageCountFor, type Paged } from "./paging";
import { isRecordId } from "./route-params";
import { reviewOrderBy, type ReviewSort } from "./review-sort";

/** When a review was published, as readers are told it. */
export type ReviewDate =
  /** A member's review: the moment it was posted. */
  | { kind: "posted"; at: Date }
  /** An imported review: the day the source gives, or null when it gives none. */
  | { kind: "source"; on: Date | null };

export interface ReviewFilm {
  slug: string;
  title: string;
  year: number | null;
}

export interface ReviewCardData {
  id: string;
  title: string | null;
  excerpt: string;
  rating: number | null;
  hasSpoilers: boolean;
  commentCount: number;
  helpfulCount: number;
  date: ReviewDate;
  credit: Credit;
  film: ReviewFilm;
}

export interface ReviewDetail extends Omit<ReviewCardData, "excerpt"> {
  body: string;
  sourceUrl: string | null;
  editedAt: Date | null;
}

const reviewBaseSelect = {
  id: true,
  title: true,
  body: true,
  rating: true,
  hasSpoilers: true,
  commentCount: true,
  helpfulCount: true,
  createdAt: true,
  sourcePublishedOn: true,
  film: { select: { slug: true, title: true, year: true } },
  author: { select: userCreditSelect },
  sourceAuthor: { select: sourceCreditSelect },
} satisfies Prisma.ReviewSelect;

export const reviewDetailSelect = {
  ...reviewBaseSelect,
  sourceUrl: true,
  editedAt: true,
} satisfies Prisma.ReviewSelect;

type ReviewBaseRow = Prisma.ReviewGetPayload<{ select: typeof reviewBaseSelect }>;
type ReviewDetailRow = Prisma.ReviewGetPayload<{ select: typeof reviewDetailSelect }>;

/** Only published reviews are ever read here; pending, hidden and deleted ones never leak. */
const PUBLISHED = { state: "PUBLISHED" } as const satisfies Prisma.ReviewWhereInput;

export const FILM_REVIEWS_PAGE_SIZE = 20;

function reviewDate(row: ReviewBaseRow): ReviewDate {
  return row.sourceAuthor ? { kind: "source", on: row.sourcePublishedOn } : { kind: "posted", at: row.createdAt };
}

function toCommon(row: ReviewBaseRow): Omit<ReviewCardData, "excerpt"> {
  return {
    id: row.id,
    title: row.title,
    rating: row.rating,
    hasSpoilers: row.hasSpoilers,
    commentCount: row.commentCount,
    helpfulCount: row.helpfulCount,
    date: reviewDate(row),
    credit: toCredit(row.author, row.sourceAuthor),
    film: row.film,
  };
}

function toCard(row: ReviewBaseRow): ReviewCardData {
  return { ...toCommon(row), excerpt: markdownExcerpt(row.body) };
}

export function toReviewDetail(row: ReviewDetailRow): ReviewDetail {
  return { ...toCommon(row), body: row.body, sourceUrl: row.sourceUrl, editedAt: row.editedAt };
}

/** The most recent published reviews across all films: the home page and the feed. */
export async function listLatestReviews(limit = 10): Promise<ReviewCardData[]> {
  const rows = await db.review.findMany({
    where: PUBLISHED,
    select: reviewBaseSelect,
    orderBy: reviewOrderBy("newest"),
    take: limit,
  });
  return rows.map(toCard);
}

/** One page of a film's published reviews in the chosen order, with the total for paging. */
export async function listFilmReviews(filmId: string, sort: ReviewSort, page = 1): Promise<Paged<ReviewCardData>> {
  const where = { ...PUBLISHED, filmId };
  const [rows, total] = await Promise.all([
    db.review.findMany({
      where,
      select: reviewBaseSelect,
      orderBy: reviewOrderBy(sort),
      skip: (page - 1) * FILM_REVIEWS_PAGE_SIZE,
      take: FILM_REVIEWS_PAGE_SIZE,
    }),
    db.review.count({ where }),
  ]);
  return { items: rows.map(toCard), total, page, pageCount: pageCountFor(total, FILM_REVIEWS_PAGE_SIZE) };
}

/** One published review with its author and film, or null. Cached per request. */
export const getReviewById = cache(async (id: string): Promise<ReviewDetail | null> => {
  if (!isRecordId(id)) return null;
  const row = await db.review.findFirst({ where: { ...PUBLISHED, id }, select: reviewDetailSelect });
  return row ? toReviewDetail(row) : null;
});

/** Every published review's address and last change, for sitemap.xml (its 50,000-URL limit). */
export async function listReviewSitemapEntries(): Promise<{ id: string; updatedAt: Date }[]> {
  return db.review.findMany({
    where: PUBLISHED,
    select: { id: true, updatedAt: true },
    orderBy: { createdAt: "desc" },
    take: 45_000,
  });
}

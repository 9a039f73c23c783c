import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Credit } from "@/lib/format/credit";
import { markdownExcerpt } from "@/lib/format/excerpt";
import { sourceCreditSelect, toCredit, userCreditSelect } from "./credit-select";
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
  createdAt: true,
  sourcePublishedOn: true,
  film: { select: { slug: true, title: true, year: true } },
  author: { select: userCreditSelect },
  sourceAuthor: { select: sourceCreditSelect },
} satisfies Prisma.ReviewSelect;

const reviewDetailSelect = {
  ...reviewBaseSelect,
  sourceUrl: true,
  editedAt: true,
} satisfies Prisma.ReviewSelect;

type ReviewBaseRow = Prisma.ReviewGetPayload<{ select: typeof reviewBaseSelect }>;

/** Only published reviews are ever read here; pending, hidden and deleted ones never leak. */
const PUBLISHED = { state: "PUBLISHED" } as const satisfies Prisma.ReviewWhereInput;

/** Until the review list is paged, one page is this long. */
const FILM_REVIEWS_LIMIT = 100;

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
    date: reviewDate(row),
    credit: toCredit(row.author, row.sourceAuthor),
    film: row.film,
  };
}

function toCard(row: ReviewBaseRow): ReviewCardData {
  return { ...toCommon(row), excerpt: markdownExcerpt(row.body) };
}

/** The most recent published reviews across all films, for the home page. */
export async function listLatestReviews(limit = 10): Promise<ReviewCardData[]> {
  const rows = await db.review.findMany({
    where: PUBLISHED,
    select: reviewBaseSelect,
    orderBy: reviewOrderBy("newest"),
    take: limit,
  });
  return rows.map(toCard);
}

/** A film's published reviews in the chosen order (unrated ones last when sorting by rating). */
export async function listFilmReviews(filmId: string, sort: ReviewSort): Promise<ReviewCardData[]> {
  const rows = await db.review.findMany({
    where: { ...PUBLISHED, filmId },
    select: reviewBaseSelect,
    orderBy: reviewOrderBy(sort),
    take: FILM_REVIEWS_LIMIT,
  });
  return rows.map(toCard);
}

/** One published review with its author and film, or null. Cached per request. */
export const getReviewById = cache(async (id: string): Promise<ReviewDetail | null> => {
  if (!isRecordId(id)) return null;
  const row = await db.review.findFirst({ where: { ...PUBLISHED, id }, select: reviewDetailSelect });
  if (!row) return null;
  return { ...toCommon(row), body: row.body, sourceUrl: row.sourceUrl, editedAt: row.editedAt };
});

import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { markdownExcerpt } from "@/lib/format/excerpt";
import { reviewTitle } from "@/lib/format/review-title";
import { normalizeHandle } from "@/lib/identity/handle";
import { sourceCreditSelect, toCredit, userCreditSelect } from "./credit-select";

/** What anyone may see about a member: never the email, the ban or anything private. */
export interface PublicProfile {
  id: string;
  handle: string;
  name: string | null;
  bio: string | null;
  role: Role;
  memberSince: Date;
}

export interface ProfileReview {
  id: string;
  title: string;
  rating: number | null;
  hasSpoilers: boolean;
  excerpt: string;
  createdAt: Date;
  commentCount: number;
  film: { slug: string; title: string; year: number | null };
}

export interface ProfileComment {
  id: string;
  reviewId: string;
  excerpt: string;
  createdAt: Date;
  reviewTitle: string;
  filmTitle: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageCount: number;
}

export const PROFILE_REVIEWS_PER_PAGE = 10;
export const PROFILE_RECENT_COMMENTS = 10;

/** Handles in URLs arrive in any case; stored ones are lower-case letters, digits, - and _. */
const STORED_HANDLE = /^[a-z0-9_-]{1,64}$/;

/** A live (not deleted) member by handle, case-insensitively, or null. Cached per request. */
export const getPublicProfile = cache(async (rawHandle: string): Promise<PublicProfile | null> => {
  const handle = normalizeHandle(rawHandle);
  if (!STORED_HANDLE.test(handle)) return null;
  const user = await db.user.findFirst({
    where: { handle, deletedAt: null },
    select: { id: true, handle: true, name: true, bio: true, role: true, createdAt: true },
  });
  if (!user) return null;
  const { createdAt, ...fields } = user;
  return { ...fields, memberSince: createdAt };
});

/** Only what readers may see: published reviews. */
const publishedReviewsBy = (userId: string) => ({ authorId: userId, state: "PUBLISHED" }) satisfies Prisma.ReviewWhereInput;

/** A member's published reviews, newest first, one page at a time (pages count from 1). */
export async function listProfileReviews(userId: string, requestedPage: number): Promise<Page<ProfileReview>> {
  const where = publishedReviewsBy(userId);
  const total = await db.review.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PROFILE_REVIEWS_PER_PAGE));
  const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), pageCount);
  const rows = await db.review.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * PROFILE_REVIEWS_PER_PAGE,
    take: PROFILE_REVIEWS_PER_PAGE,
    select: {
      id: true,
      title: true,
      body: true,
      rating: true,
      hasSpoilers: true,
      createdAt: true,
      commentCount: true,
      film: { select: { slug: true, title: true, year: true } },
      author: { select: userCreditSelect },
    },
  });
  const items = rows.map(({ body, author, ...review }) => ({
    ...review,
    title: reviewTitle({ title: review.title, credit: toCredit(author, null) }),
    // The excerpt of a spoiler review is never sent to the page at all.
    excerpt: review.hasSpoilers ? "" : markdownExcerpt(body, 35),
  }));
  return { items, total, page, pageCount };
}

/** A member's most recent published comments on published reviews, capped, with the total. */
export async function listRecentProfileComments(userId: string): Promise<{ items: ProfileComment[]; total: number }> {
  const where = { authorId: userId, state: "PUBLISHED", review: { state: "PUBLISHED" } } satisfies Prisma.CommentWhereInput;
  const [total, rows] = await Promise.all([
    db.comment.count({ where }),
    db.comment.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: PROFILE_RECENT_COMMENTS,
      select: {
        id: true,
        reviewId: true,
        body: true,
        createdAt: true,
        review: {
          select: {
            title: true,
            film: { select: { title: true } },
            author: { select: userCreditSelect },
            sourceAuthor: { select: sourceCreditSelect },
          },
        },
      },
    }),
  ]);
  const items = rows.map(({ body, review, ...comment }) => ({
    ...comment,
    excerpt: markdownExcerpt(body, 30),
    reviewTitle: reviewTitle({ title: review.title, credit: toCredit(review.author, review.sourceAuthor) }),
    filmTitle: review.film.title,
  }));
  return { items, total };
}

export interface AccountSettings {
  name: string;
  handle: string;
  bio: string;
  hasPassword: boolean;
  createdAt: Date;
  /** OAuth providers linked to the account, e.g. ["github"]. */
  linkedProviders: string[];
  /** Browsers and devices signed in to the account right now, the one asking included. */
  signedInSessions: number;
}

/** The signed-in member's own editable profile and how they sign in. */
export async function getAccountSettings(userId: string): Promise<AccountSettings> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      handle: true,
      bio: true,
      createdAt: true,
      passwordHash: true,
      accounts: { select: { provider: true } },
      _count: { select: { sessions: { where: { expires: { gt: new Date() } } } } },
    },
  });
  return {
    name: user.name ?? "",
    handle: user.handle,
    bio: user.bio ?? "",
    createdAt: user.createdAt,
    // Only whether a password exists leaves this function, never the hash.
    hasPassword: user.passwordHash !== null,
    linkedProviders: [...new Set(user.accounts.map((account) => account.provider))],
    signedInSessions: user._count.sessions,
  };
}

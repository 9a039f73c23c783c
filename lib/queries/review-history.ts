import "server-only";
import { db } from "@/lib/db";
import { getReviewForViewer, type ViewableReview } from "./review-page";

/** One version of a review as it read at some point. */
export interface ReviewVersion {
  title: string | null;
  body: string;
  rating: number | null;
  hasSpoilers: boolean;
  /** When this version was written: the first post, or the edit that produced it. */
  writtenAt: Date;
}

export interface ReviewHistory {
  review: ViewableReview;
  /** Oldest first; the last one is the review as it reads now. */
  versions: ReviewVersion[];
}

/** Far more edits than anyone makes; a bound on one page's work. */
const MAX_REVISIONS = 500;

/**
 * Every version of a review, for its history page, under the same visibility rules as the
 * review itself (deleted reviews have no public history). Each ReviewRevision row holds the
 * version an edit replaced, stamped with the time of that edit; so version n was written when
 * revision n-1 was made, and the first version when the review was posted.
 */
export async function getReviewHistory(id: string, viewerId: string | null, viewerIsStaff: boolean): Promise<ReviewHistory | null> {
  const page = await getReviewForViewer(id, viewerId, viewerIsStaff);
  if (page?.kind !== "visible") return null;
  const review = page.review;

  const row = await db.review.findUniqueOrThrow({ where: { id: review.id }, select: { createdAt: true } });
  const revisions = await db.reviewRevision.findMany({
    // A review written again after its author deleted it starts a new history: the deleted
    // versions stay stored (dated before the new posting) but are not shown.
    where: { reviewId: review.id, createdAt: { gte: row.createdAt } },
    select: { title: true, body: true, rating: true, hasSpoilers: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: MAX_REVISIONS,
  });

  const writtenAt = [row.createdAt, ...revisions.map((revision) => revision.createdAt)];
  const versions: ReviewVersion[] = [
    ...revisions.map(({ createdAt: _replacedAt, ...version }, index) => ({ ...version, writtenAt: writtenAt[index]! })),
    {
      title: review.title,
      body: review.body,
      rating: review.rating,
      hasSpoilers: review.hasSpoilers,
      writtenAt: writtenAt[revisions.length]!,
    },
  ];
  return { review, versions };
}

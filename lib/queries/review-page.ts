import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { ContentState } from "@/lib/generated/prisma/enums";
import { isRecordId } from "./route-params";
import { reviewDetailSelect, toReviewDetail, type ReviewDetail, type ReviewFilm } from "./reviews";

/** Who is looking, as far as seeing a review goes. */
export interface ReviewViewer {
  id: string;
  isStaff: boolean;
}

export interface ViewableReview extends ReviewDetail {
  state: ContentState;
  /** Why it is pending or hidden; shown only to its author and to moderators. */
  stateReason: string | null;
  isOwn: boolean;
}

export type ReviewPageData =
  | { kind: "visible"; review: ViewableReview }
  /** Deleted by its author: the page says so instead of a 404, and shows nothing of it. */
  | { kind: "deleted"; id: string; film: ReviewFilm };

/**
 * A review as this viewer may see it, or null (a 404). Published reviews are public. A pending
 * or hidden one is visible only to its author and to moderators, so nobody else can even tell
 * it exists. A deleted one is a notice. Cached per request: metadata and page share it.
 */
export const getReviewForViewer = cache(
  async (id: string, viewerId: string | null, viewerIsStaff: boolean): Promise<ReviewPageData | null> => {
    if (!isRecordId(id)) return null;
    const row = await db.review.findUnique({
      where: { id },
      select: { ...reviewDetailSelect, state: true, stateReason: true, authorId: true },
    });
    if (!row) return null;
    if (row.state === "DELETED") return { kind: "deleted", id: row.id, film: row.film };

    const isOwn = viewerId !== null && row.authorId === viewerId;
    if (row.state !== "PUBLISHED" && !isOwn && !viewerIsStaff) return null;
    return { kind: "visible", review: { ...toReviewDetail(row), state: row.state, stateReason: row.stateReason, isOwn } };
  },
);

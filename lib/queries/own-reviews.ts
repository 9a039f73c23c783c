import "server-only";
import { db } from "@/lib/db";
import type { ContentState } from "@/lib/generated/prisma/enums";
import { isRecordId } from "./route-params";

export interface EditableReview {
  id: string;
  title: string | null;
  body: string;
  rating: number | null;
  hasSpoilers: boolean;
  state: ContentState;
  stateReason: string | null;
  film: { slug: string; title: string; year: number | null };
}

/** A review its author may edit: theirs (ownership is in the query) and not deleted. */
export async function getOwnReviewForEdit(id: string, userId: string): Promise<EditableReview | null> {
  if (!isRecordId(id)) return null;
  return db.review.findFirst({
    where: { id, authorId: userId, state: { not: "DELETED" } },
    select: {
      id: true,
      title: true,
      body: true,
      rating: true,
      hasSpoilers: true,
      state: true,
      stateReason: true,
      film: { select: { slug: true, title: true, year: true } },
    },
  });
}

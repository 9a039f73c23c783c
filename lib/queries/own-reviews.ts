import "server-only";
import { db } from "@/lib/db";
import type { ContentState } from "@/lib/generated/prisma/enums";
import { isRecordId } from "./route-params";

/** The member's own review of a film (any state but deleted), so the film page offers "Edit". */
export async function getOwnFilmReview(filmId: string, userId: string): Promise<{ id: string; state: ContentState } | null> {
  return db.review.findFirst({
    where: { filmId, authorId: userId, state: { not: "DELETED" } },
    select: { id: true, state: true },
  });
}

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

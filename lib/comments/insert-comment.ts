import { newRecordId } from "@/lib/record-id";
import { publishEffects } from "@/lib/comments/publish-effects";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export interface NewComment {
  reviewId: string;
  authorId: string;
  parentId: string | null;
  rootId: string | null;
  depth: number;
  body: string;
  /** Why the comment waits for a moderator, or null to publish it at once. */
  heldReason: string | null;
  /** Who the publish effects notify. */
  parentAuthorId: string | null;
  reviewAuthorId: string | null;
}

/**
 * Stores a new comment and, if it is published at once, its publish effects (count and
 * notifications) in a single statement: atomic without a transaction, and one round trip on
 * the busiest write path.
 */
export async function insertComment(comment: NewComment): Promise<{ id: string; state: "PUBLISHED" | "PENDING" }> {
  const id = newRecordId();
  const state = comment.heldReason ? "PENDING" : "PUBLISHED";
  const now = new Date();
  const insert = Prisma.sql`inserted AS (
    INSERT INTO "Comment" ("id", "reviewId", "authorId", "parentId", "rootId", "depth", "body", "state", "stateReason", "createdAt", "updatedAt")
    VALUES (${id}, ${comment.reviewId}, ${comment.authorId}, ${comment.parentId}, ${comment.rootId}, ${comment.depth}, ${comment.body},
            ${state}::"ContentState", ${comment.heldReason}, ${now}, ${now}))`;
  const effects = state === "PUBLISHED" ? publishEffects({ id, ...comment }) : [];
  await db.$executeRaw`WITH ${Prisma.join([insert, ...effects], ",\n")} SELECT 1`;
  return { id, state };
}

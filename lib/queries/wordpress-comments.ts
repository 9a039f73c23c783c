import "server-only";
import { db } from "@/lib/db";
import { commentSourceKey } from "@/lib/wordpress/source-keys";
import { isRecordId } from "./route-params";

/** The id of the comment WordPress numbered `wordpressId` on the blog a review was imported from. */
export async function findWordPressComment(reviewId: string, wordpressId: string): Promise<string | null> {
  if (!isRecordId(reviewId) || !/^\d{1,12}$/.test(wordpressId)) return null;
  const post = await db.wordPressPost.findUnique({ where: { reviewId }, select: { siteId: true } });
  if (!post) return null;
  const comment = await db.comment.findFirst({ where: { sourceKey: commentSourceKey(post.siteId, Number(wordpressId)), reviewId }, select: { id: true } });
  return comment?.id ?? null;
}

// A long thread (2,000 comments on one post, replies often written before their parents)
// imports whole: every comment placed under its parent, the counts right, and the page cache
// told once per batch rather than once per comment. (Speed is measured, not asserted: see the
// README's WordPress section for the timings.)
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importWordPress } from "@/lib/wordpress/import-run";
import { syntheticSource } from "../helpers/wordpress-fixtures";

describe("2,000 comments on one post", () => {
  it("imports them all, threaded, with the review's count right", async () => {
    await db.film.create({ data: { slug: "her", title: "Her", cast: [] } });
    const progress: number[] = [];
    const { scan, report } = await importWordPress(db, syntheticSource({ posts: 1, comments: 2_000 }), { onProgress: (p) => progress.push(p.comments) });
    const imported = scan.comments.published + scan.comments.pending + scan.comments.trash;
    expect(report.comments.created).toBe(imported);
    expect(imported).toBeGreaterThan(1_900);
    expect(progress.length).toBeGreaterThan(1);

    const post = await db.wordPressPost.findFirstOrThrow({ select: { reviewId: true, review: { select: { commentCount: true } } } });
    const published = await db.comment.count({ where: { reviewId: post.reviewId, state: "PUBLISHED" } });
    expect(post.review.commentCount).toBe(published);
    expect(published).toBe(scan.comments.published);

    // Every reply points at a comment of the same review, one level up, in the same thread.
    const rows = await db.comment.findMany({ where: { reviewId: post.reviewId }, select: { id: true, parentId: true, rootId: true, depth: true } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const row of rows) {
      if (!row.parentId) continue;
      const parent = byId.get(row.parentId)!;
      expect(parent).toBeDefined();
      expect(row.rootId).toBe(parent.rootId ?? parent.id);
      expect(row.depth).toBe(Math.min(parent.depth + 1, 10));
    }
    expect(rows.some((row) => row.depth >= 5)).toBe(true);

    // One expiry row per statement that wrote comments, not one per comment.
    const expiries = await db.pageCacheExpiry.count({ where: { tag: `review:${post.reviewId}` } });
    expect(expiries).toBeLessThan(rows.length / 10);
  });
});

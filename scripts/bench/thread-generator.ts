// A comment thread of a given shape, one INSERT … SELECT per depth level. Level 0 holds the
// top-level comments; each comment of level d replies to a comment of level d - 1, picked by a
// fixed stride (j * 7919 mod the level's size), so replies spread evenly over the threads and
// every comment's parentId, rootId and depth satisfy the schema's "Comment_thread_shape" CHECK.
// About 1 % of comments are deleted and 0.5 % held, as on a real site; replies of a deleted
// comment keep it as a "[deleted]" placeholder. review.commentCount is set from the rows.
import type pg from "pg";

/** Comments per depth level, from the top level down. */
export type ThreadShape = readonly number[];

/** A fifth of the comments start threads; the rest thin out down to depth 10. */
const TEN_LEVELS = [0.2, 0.25, 0.18, 0.12, 0.08, 0.06, 0.04, 0.03, 0.02, 0.012, 0.008];

function scaled(total: number): ThreadShape {
  return TEN_LEVELS.map((share) => Math.round(share * total));
}

export const THREAD_SHAPES = {
  comments2k: scaled(2_000),
  comments10k: scaled(10_000),
  comments10: [4, 3, 2, 1],
} satisfies Record<string, ThreadShape>;

const STATE = (n: string) => `CASE WHEN ${n} % 97 = 0 THEN 'DELETED' WHEN ${n} % 199 = 0 THEN 'PENDING' ELSE 'PUBLISHED' END::"ContentState"`;
const BODY = (n: string, tag: string) => `(SELECT string_agg(md5('${tag}' || ${n} || '-' || w), ' ') FROM generate_series(1, 2 + ${n} % 7) w)`;
const AUTHOR = (n: string) => `'bu' || lpad((1 + (${n} * 7) % 2500)::text, 6, '0')`;

/** Inserts the thread on `reviewId`; comment ids are `bc<tag><number>`. */
export async function insertThread(client: pg.Client, reviewId: string, tag: string, shape: ThreadShape): Promise<void> {
  let offset = 0;
  for (const [depth, count] of shape.entries()) {
    const n = `(${offset} + j)`;
    const common = `'bc${tag}' || lpad(${n}::text, 6, '0'), $1, ${AUTHOR(n)}, ${depth}, ${BODY(n, tag)}, ${STATE(n)},
      CASE WHEN ${n} % 199 = 0 THEN 'Held for moderation: first comment' END,
      CASE WHEN ${n} % 97 = 0 THEN timestamp '2026-03-01' END`;
    if (depth === 0) {
      await client.query(
        `INSERT INTO "Comment" ("id", "reviewId", "authorId", "depth", "body", "state", "stateReason", "deletedAt", "parentId", "rootId", "createdAt", "updatedAt")
         SELECT ${common}, NULL, NULL, timestamp '2026-01-01' + j * interval '20 minutes', now()
         FROM generate_series(1, ${count}) j`,
        [reviewId],
      );
    } else {
      const parents = shape[depth - 1]!;
      await client.query(
        `INSERT INTO "Comment" ("id", "reviewId", "authorId", "depth", "body", "state", "stateReason", "deletedAt", "parentId", "rootId", "createdAt", "updatedAt")
         SELECT ${common}, p."id", COALESCE(p."rootId", p."id"), p."createdAt" + (1 + j % 720) * interval '1 minute', now()
         FROM generate_series(1, ${count}) j
         JOIN (SELECT "id", "rootId", "createdAt", row_number() OVER (ORDER BY "id") AS k
               FROM "Comment" WHERE "reviewId" = $1 AND "depth" = ${depth - 1}) p ON p.k = 1 + (j * 7919) % ${parents}`,
        [reviewId],
      );
    }
    offset += count;
  }
  await client.query(
    `UPDATE "Review" SET "commentCount" = (SELECT count(*)::int FROM "Comment" WHERE "reviewId" = $1 AND "state" = 'PUBLISHED') WHERE "id" = $1`,
    [reviewId],
  );
}

// The bench data set, generated with set-based SQL (a few seconds, not minutes of row-by-row
// inserts) and fully deterministic: ids, texts (md5 of the row number) and dates are functions
// of the row number, so two runs measure the same pages.
//
// - 5,000 members (2,000 of them review the big film; all of them post during the bench);
// - 200 films; 20,000 reviews, one per member per film: film #1 has 2,000, the other 18,000
//   are spread evenly over the 199 others (about 90 each);
// - helpful votes on the big film's reviews (helpfulCount matches the Vote rows);
// - threads: a review with 2,000 comments and one with 10,000, nested to depth 10; a review
//   with 10 comments (for "constant whatever the size"); a review the post-comment load writes to.
// Plus the normal seed (the film *Her* and its imported reviews).
import type pg from "pg";
import { createPrismaClient } from "@/lib/db";
import { seedDatabase } from "@/prisma/seed";
import { withClient } from "./database";
import type { Log } from "./progress";
import { BENCH_SESSION_PREFIX } from "./sessions";
import { insertThread, THREAD_SHAPES } from "./thread-generator";

export const MEMBERS = 5_000;
const FILMS = 200;
const REVIEWS = 20_000;
const BIG_FILM_REVIEWS = 2_000;

const memberId = (sql: string) => `'bu' || lpad((${sql})::text, 6, '0')`;
const reviewId = (n: number) => `br${String(n).padStart(6, "0")}`;

export interface BenchDataset {
  bigFilmSlug: string;
  /** A film with an ordinary number of reviews (about 90), for the constant-queries check. */
  typicalFilmSlug: string;
  reviews: { comments2k: string; comments10k: string; comments10: string; postTarget: string };
  /** Member ids, in a fixed order; the post-comment load rotates through them. */
  memberIds: string[];
}

/** `count` md5 words of row `n` with a salt: deterministic text of a realistic length. */
const words = (n: string, salt: string, count: string) => `(SELECT string_agg(md5(${n} || '${salt}' || w), ' ') FROM generate_series(1, ${count}) w)`;

async function insertMembers(client: pg.Client): Promise<void> {
  await client.query(`
    INSERT INTO "User" ("id", "email", "name", "handle", "handleSkeleton", "createdAt", "updatedAt")
    SELECT ${memberId("i")}, 'member' || i || '@bench.invalid', 'Bench member ' || i, 'bench' || i, 'bench' || i,
           timestamp '2025-01-01' + i * interval '1 minute', now()
    FROM generate_series(1, ${MEMBERS}) i`);
  // One recorded sign-in each, which the bench's session cookies name (scripts/bench/sessions.ts).
  await client.query(`
    INSERT INTO "Session" ("sessionToken", "userId", "expires", "updatedAt")
    SELECT '${BENCH_SESSION_PREFIX}' || ${memberId("i")}, ${memberId("i")}, (now() AT TIME ZONE 'UTC') + interval '30 days', now()
    FROM generate_series(1, ${MEMBERS}) i`);
}

async function insertFilms(client: pg.Client): Promise<void> {
  await client.query(`
    INSERT INTO "Film" ("id", "slug", "title", "year", "director", "writer", "cast", "logline", "updatedAt")
    SELECT 'bf' || lpad(i::text, 5, '0'), 'bench-film-' || lpad(i::text, 3, '0'),
           'Bench Film ' || i || ' ' || left(md5('title' || i), 6), 1950 + i % 75,
           'Director ' || left(md5('director' || i), 8), 'Writer ' || left(md5('writer' || i), 8),
           ARRAY['Actor ' || left(md5('a' || i), 6), 'Actor ' || left(md5('b' || i), 6), 'Actor ' || left(md5('c' || i), 6)],
           'A story about ' || ${words("i", "logline", "3")}, now()
    FROM generate_series(1, ${FILMS}) i`);
}

async function insertReviews(client: pg.Client): Promise<void> {
  // Reviews 1..2,000 are member n's review of film 1; after that, review k pairs film 2 + k % 199
  // with member 1 + k % 2,500: unique pairs, since lcm(199, 2,500) > 18,000.
  await client.query(`
    INSERT INTO "Review" ("id", "filmId", "authorId", "title", "body", "rating", "hasSpoilers", "createdAt", "updatedAt")
    SELECT 'br' || lpad(n::text, 6, '0'), 'bf' || lpad(film::text, 5, '0'), ${memberId("member")},
           CASE WHEN n % 4 = 0 THEN NULL ELSE 'Review ' || left(md5('t' || n), 10) END,
           ${words("n", "p1", "4 + n % 9")} || E'\\n\\n' || ${words("n", "p2", "3 + n % 11")},
           CASE WHEN n % 13 = 0 THEN NULL ELSE 1 + (n * 7) % 10 END, n % 11 = 0,
           timestamp '2025-06-01' + n * interval '7 minutes', now()
    FROM (
      SELECT n, CASE WHEN n <= ${BIG_FILM_REVIEWS} THEN 1 ELSE 2 + (n - ${BIG_FILM_REVIEWS + 1}) % ${FILMS - 1} END AS film,
                CASE WHEN n <= ${BIG_FILM_REVIEWS} THEN n ELSE 1 + (n - ${BIG_FILM_REVIEWS + 1}) % 2500 END AS member
      FROM generate_series(1, ${REVIEWS}) n
    ) pairs`);
  // Review n of the big film gets n % 6 helpful votes, never from its own author.
  await client.query(`
    INSERT INTO "Vote" ("id", "userId", "reviewId", "createdAt")
    SELECT 'bv' || n || 'x' || k, ${memberId("(n + k * 37) % 2500 + 1")}, 'br' || lpad(n::text, 6, '0'), timestamp '2025-12-01'
    FROM generate_series(1, ${BIG_FILM_REVIEWS}) n, generate_series(1, 5) k WHERE k <= n % 6`);
  await client.query(`
    UPDATE "Review" r SET "helpfulCount" = v.votes
    FROM (SELECT "reviewId", count(*)::int AS votes FROM "Vote" WHERE "reviewId" IS NOT NULL GROUP BY "reviewId") v
    WHERE r."id" = v."reviewId"`);
}

async function setSettings(client: pg.Client): Promise<void> {
  // Threads nest to 10 here; every member's first comment is published, not held.
  await client.query(`
    INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES ('replyDepth', '10', now()), ('holdFirstTimePosters', 'false', now())
    ON CONFLICT ("key") DO UPDATE SET "value" = EXCLUDED."value", "updatedAt" = now()`);
}

export async function generateDataset(url: string, log: Log): Promise<BenchDataset> {
  const prisma = createPrismaClient(url);
  try {
    await seedDatabase(prisma);
  } finally {
    await prisma.$disconnect();
  }

  const reviews = { comments2k: reviewId(1), comments10k: reviewId(2), comments10: reviewId(3), postTarget: reviewId(4) };
  await withClient(url, async (client) => {
    const step = async (label: string, work: () => Promise<void>) => {
      const started = Date.now();
      await work();
      log(`  ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    };
    await step(`${MEMBERS.toLocaleString("en")} members`, () => insertMembers(client));
    await step(`${FILMS} films`, () => insertFilms(client));
    await step(`${REVIEWS.toLocaleString("en")} reviews and their helpful votes`, () => insertReviews(client));
    await step("threads of 2,000, 10,000 and 10 comments", async () => {
      await insertThread(client, reviews.comments2k, "a", THREAD_SHAPES.comments2k);
      await insertThread(client, reviews.comments10k, "b", THREAD_SHAPES.comments10k);
      await insertThread(client, reviews.comments10, "c", THREAD_SHAPES.comments10);
    });
    await step("settings, then ANALYZE", async () => {
      await setSettings(client);
      // The triggers logged every row above as a page change; no page is cached yet.
      await client.query('TRUNCATE "PageCacheExpiry"');
      await client.query("ANALYZE");
    });
  });

  const memberIds = Array.from({ length: MEMBERS }, (_, i) => `bu${String(i + 1).padStart(6, "0")}`);
  return { bigFilmSlug: "bench-film-001", typicalFilmSlug: "bench-film-002", reviews, memberIds };
}

import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Credit } from "@/lib/format/credit";
import { toCredit } from "./credit-select";
import { pageCountFor, type Paged } from "./paging";
import type { ReviewDate } from "./reviews";
import { asExcerpt, HEADLINE_MARKERS, highlight, normalizeSearchQuery, type Highlighted } from "./search-text";

export { normalizeSearchQuery, SEARCH_QUERY_MAX, type Highlighted } from "./search-text";

export const SEARCH_PAGE_SIZE = 20;
const FILM_HITS = 8;
const SNIPPET = `${HEADLINE_MARKERS}, MaxWords=32, MinWords=14, MaxFragments=2, FragmentDelimiter=" … "`;
const WHOLE = `${HEADLINE_MARKERS}, HighlightAll=true`;

export interface FilmHit {
  id: string;
  slug: string;
  title: string;
  year: number | null;
  director: string | null;
  snippet: Highlighted | null;
}

export interface ReviewHit {
  id: string;
  title: Highlighted | null;
  rating: number | null;
  hasSpoilers: boolean;
  /** Null for a review marked as containing spoilers: its text is not previewed. */
  snippet: Highlighted | null;
  credit: Credit;
  date: ReviewDate;
  film: { slug: string; title: string; year: number | null };
}

export interface SearchResults {
  query: string;
  films: FilmHit[];
  reviews: Paged<ReviewHit>;
}

/**
 * English stems ("stories" finds "story") OR'd with the plain words, because titles are also
 * indexed with the 'simple' configuration: "Her" is an English stop word. websearch_to_tsquery
 * accepts any input ("quotes", or, -minus) without raising an error.
 */
const tsQuery = (q: string) => Prisma.sql`(websearch_to_tsquery('english', ${q}) || websearch_to_tsquery('simple', ${q}))`;

const SPOILER_SPAN = String.raw`\|\|.*?\|\|`;
const MARKER_CHARS = "[\u0001-\u0008]";
const IMAGE = String.raw`!\[[^]]*\]\([^)]*\)`;
const LINK = String.raw`\[([^]]*)\]\([^)]*\)`;
const LIST_MARKER = String.raw`(^|\n)[ \t]*(?:[-*+]|[0-9]+[.)])[ \t]+`;
const MARKUP = "[*_#>~`|]+";
/**
 * A body as a snippet should show it: inline spoilers masked (the index still finds their
 * words, the snippet never shows them), our marker characters removed, and the Markdown
 * syntax that would read as noise (images, link targets, emphasis marks) stripped.
 */
const snippetSource = (body: Prisma.Sql) => Prisma.sql`
  regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(${body},
    ${SPOILER_SPAN}, ' [spoiler] ', 'g'),
    ${MARKER_CHARS}, '', 'g'),
    ${IMAGE}, ' ', 'g'),
    ${LINK}, ${String.raw`\1`}, 'g'),
    ${LIST_MARKER}, ${String.raw`\1`}, 'g'),
    ${MARKUP}, '', 'g')`;

interface FilmRow {
  id: string;
  slug: string;
  title: string;
  year: number | null;
  director: string | null;
  snippet: string | null;
}

/** Films whose title, people or logline match; title matches first. */
async function searchFilms(q: string): Promise<FilmHit[]> {
  const rows = await db.$queryRaw<FilmRow[]>`
    SELECT f."id", f."slug", f."title", f."year", f."director",
           CASE WHEN f."logline" IS NULL THEN NULL
                ELSE ts_headline('english', regexp_replace(f."logline", ${MARKER_CHARS}, '', 'g'), ${tsQuery(q)}, ${WHOLE}) END AS "snippet"
    FROM (
      SELECT "id", ts_filter("searchVector", '{a}') @@ ${tsQuery(q)} AS "titleHit", ts_rank("searchVector", ${tsQuery(q)}) AS "rank"
      FROM "Film"
      WHERE "searchVector" @@ ${tsQuery(q)}
      ORDER BY "titleHit" DESC, "rank" DESC, "title" ASC, "id" ASC
      LIMIT ${FILM_HITS}
    ) hit
    JOIN "Film" f ON f."id" = hit."id"
    ORDER BY hit."titleHit" DESC, hit."rank" DESC, f."title" ASC, f."id" ASC`;
  return rows.map((row) => ({ ...row, snippet: row.snippet ? highlight(row.snippet) : null }));
}

interface ReviewRow {
  id: string;
  title: string | null;
  rating: number | null;
  hasSpoilers: boolean;
  snippet: string | null;
  createdAt: Date;
  sourcePublishedOn: Date | null;
  filmSlug: string;
  filmTitle: string;
  filmYear: number | null;
  authorHandle: string | null;
  authorName: string | null;
  authorDeletedAt: Date | null;
  sourceId: string | null;
  sourceName: string | null;
  total: bigint;
}

function toReviewHit(row: ReviewRow): ReviewHit {
  const author = row.authorHandle ? { handle: row.authorHandle, name: row.authorName, deletedAt: row.authorDeletedAt } : null;
  const source = row.sourceId ? { name: row.sourceName, bio: null, url: null } : null;
  return {
    id: row.id,
    title: row.title ? highlight(row.title) : null,
    rating: row.rating,
    hasSpoilers: row.hasSpoilers,
    snippet: row.snippet ? highlight(asExcerpt(row.snippet)) : null,
    credit: toCredit(author, source),
    date: source ? { kind: "source", on: row.sourcePublishedOn } : { kind: "posted", at: row.createdAt },
    film: { slug: row.filmSlug, title: row.filmTitle, year: row.filmYear },
  };
}

/** Published reviews whose title or text match, title matches first, one page at a time. */
async function searchReviews(q: string, page: number): Promise<Paged<ReviewHit>> {
  const rows = await db.$queryRaw<ReviewRow[]>`
    SELECT r."id", r."rating", r."hasSpoilers", r."createdAt", r."sourcePublishedOn",
           CASE WHEN r."title" IS NULL THEN NULL ELSE ts_headline('simple', regexp_replace(r."title", ${MARKER_CHARS}, '', 'g'), ${tsQuery(q)}, ${WHOLE}) END AS "title",
           CASE WHEN r."hasSpoilers" OR r."body" = '' THEN NULL
                ELSE ts_headline('english', ${snippetSource(Prisma.sql`r."body"`)}, ${tsQuery(q)}, ${SNIPPET}) END AS "snippet",
           f."slug" AS "filmSlug", f."title" AS "filmTitle", f."year" AS "filmYear",
           u."handle" AS "authorHandle", u."name" AS "authorName", u."deletedAt" AS "authorDeletedAt",
           s."id" AS "sourceId", s."name" AS "sourceName", hit."total"
    FROM (
      SELECT "id", ts_filter("searchVector", '{a}') @@ ${tsQuery(q)} AS "titleHit", ts_rank("searchVector", ${tsQuery(q)}) AS "rank",
             "createdAt", COUNT(*) OVER () AS "total"
      FROM "Review"
      WHERE "state" = 'PUBLISHED' AND "searchVector" @@ ${tsQuery(q)}
      ORDER BY "titleHit" DESC, "rank" DESC, "createdAt" DESC, "id" DESC
      OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}
      LIMIT ${SEARCH_PAGE_SIZE}
    ) hit
    JOIN "Review" r ON r."id" = hit."id"
    JOIN "Film" f ON f."id" = r."filmId"
    LEFT JOIN "User" u ON u."id" = r."authorId"
    LEFT JOIN "SourceAuthor" s ON s."id" = r."sourceAuthorId"
    ORDER BY hit."titleHit" DESC, hit."rank" DESC, hit."createdAt" DESC, hit."id" DESC`;
  // A page past the end has no rows to carry the total; count once more only then.
  const total = rows[0] ? Number(rows[0].total) : page > 1 ? await countReviews(q) : 0;
  return { items: rows.map(toReviewHit), total, page, pageCount: pageCountFor(total, SEARCH_PAGE_SIZE) };
}

async function countReviews(q: string): Promise<number> {
  const [row] = await db.$queryRaw<{ total: bigint }[]>`
    SELECT COUNT(*) AS "total" FROM "Review" WHERE "state" = 'PUBLISHED' AND "searchVector" @@ ${tsQuery(q)}`;
  return Number(row?.total ?? 0);
}

/**
 * Full-text search over films and published reviews (the generated `searchVector` columns and
 * their GIN indexes). Films are listed on the first page only; reviews are paged. An empty
 * query searches nothing.
 */
export async function searchSite(rawQuery: string | string[] | undefined, page = 1): Promise<SearchResults> {
  const query = normalizeSearchQuery(rawQuery);
  if (!query) return { query, films: [], reviews: { items: [], total: 0, page: 1, pageCount: 1 } };
  const [films, reviews] = await Promise.all([page === 1 ? searchFilms(query) : Promise.resolve([]), searchReviews(query, page)]);
  return { query, films, reviews };
}

// What an import of a scanned file would do, given what the database holds: which film each
// post reviews, which posts and comments an earlier import already brought over. Reads only.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { FilmIndex, type FilmRef } from "./film-match";
import type { Scan, ScannedPost } from "./scan";
import type { FilmSource } from "./import-types";
import { commentSourceKey } from "./source-keys";

/** The film for each post the admin chose by hand (null: none), by WordPress post id. */
export type FilmChoices = Record<string, string | null>;

export interface FilmDecisionOptions {
  /** `--film`, or the preview's default: the film for posts that match none. */
  defaultFilmId?: string | null;
  filmChoices?: FilmChoices;
}

export interface PostPlan {
  post: ScannedPost;
  film: (FilmRef & { source: FilmSource }) | null;
  noFilmReason: string | null;
  candidates: FilmRef[];
  existingReviewId: string | null;
  newComments: number;
}

export interface ImportPlan {
  siteId: string | null;
  posts: Map<number, PostPlan>;
  films: FilmIndex;
}

const KEY_BATCH = 5_000;

async function countExisting(db: PrismaClient, siteId: string, commentIds: number[]): Promise<number> {
  let existing = 0;
  for (let start = 0; start < commentIds.length; start += KEY_BATCH) {
    const keys = commentIds.slice(start, start + KEY_BATCH).map((id) => commentSourceKey(siteId, id));
    existing += await db.comment.count({ where: { sourceKey: { in: keys } } });
  }
  return existing;
}

/** A film as a decision needs it. */
type FilmLike = Pick<FilmRef, "id" | "title">;

/**
 * The one rule for a post's film, for the import and for the preview as the admin changes it:
 * the admin's choice; else the one film its tags or categories name; else, when they name
 * none, the default film; else none, saying why.
 */
export function decideFilm<F extends FilmLike>(
  candidates: readonly F[],
  choice: F | null | undefined,
  fallback: F | null | undefined,
): { film: (F & { source: FilmSource }) | null; noFilmReason: string | null } {
  if (choice) return { film: { ...choice, source: "choice" }, noFilmReason: null };
  if (choice === null) return { film: null, noFilmReason: "left out by choice" };
  if (candidates.length === 1) return { film: { ...candidates[0]!, source: "term" }, noFilmReason: null };
  if (candidates.length > 1) {
    return { film: null, noFilmReason: `its tags name several films (${candidates.map((film) => film.title).join(", ")}): choose one` };
  }
  if (fallback) return { film: { ...fallback, source: "default" }, noFilmReason: null };
  return { film: null, noFilmReason: "none of its tags or categories is a film's title" };
}

/** The admin's choice for a post: a film, null for "none", undefined for no choice (or a film since deleted). */
export function choiceFor<F>(choices: FilmChoices | undefined, postId: number, byId: (id: string) => F | undefined): F | null | undefined {
  const choice = choices?.[String(postId)];
  if (choice === undefined) return undefined;
  return choice === null ? null : byId(choice);
}

function planFilm(post: ScannedPost, films: FilmIndex, options: FilmDecisionOptions): Pick<PostPlan, "film" | "noFilmReason" | "candidates"> {
  const candidates = films.filmsNamedBy(post.terms);
  const choice = choiceFor(options.filmChoices, post.id, (id) => films.byId.get(id));
  const fallback = options.defaultFilmId ? films.byId.get(options.defaultFilmId) : undefined;
  return { ...decideFilm(candidates, choice, fallback), candidates };
}

export async function planImport(db: PrismaClient, scan: Scan, options: FilmDecisionOptions = {}): Promise<ImportPlan> {
  const films = new FilmIndex(await db.film.findMany({ select: { id: true, slug: true, title: true }, orderBy: { title: "asc" } }));
  const site = await db.wordPressSite.findUnique({ where: { url: scan.siteUrl }, select: { id: true } });
  const existing = new Map<number, { reviewId: string; film: FilmRef }>();
  if (site) {
    const rows = await db.wordPressPost.findMany({
      where: { siteId: site.id, postId: { in: scan.posts.map((post) => post.id) } },
      select: { postId: true, reviewId: true, review: { select: { film: { select: { id: true, slug: true, title: true } } } } },
    });
    for (const row of rows) existing.set(row.postId, { reviewId: row.reviewId, film: row.review.film });
  }

  const posts = new Map<number, PostPlan>();
  for (const post of scan.posts) {
    const earlier = existing.get(post.id);
    if (earlier) {
      const already = site ? await countExisting(db, site.id, post.importedCommentIds) : 0;
      posts.set(post.id, {
        post,
        film: { ...earlier.film, source: "earlier import" },
        noFilmReason: null,
        candidates: [],
        existingReviewId: earlier.reviewId,
        newComments: post.importedCommentIds.length - already,
      });
      continue;
    }
    const decision = planFilm(post, films, options);
    posts.set(post.id, { post, ...decision, existingReviewId: null, newComments: decision.film ? post.importedCommentIds.length : 0 });
  }
  return { siteId: site?.id ?? null, posts, films };
}

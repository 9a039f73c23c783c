// What the preview and the report say, as plain JSON: stored with an upload at /admin/import,
// printed by `npm run import:wordpress`. Lists are capped so a huge export stays a small report.
import type { CommentCount, SkippedItem } from "./import-rules";

export const MAX_LISTED_PROBLEMS = 200;
export const MAX_LISTED_AUTHORS = 100;

export type CommentCounts = Record<CommentCount, number>;

export function emptyCommentCounts(): CommentCounts {
  return { published: 0, pending: 0, trash: 0, spam: 0, pingback: 0, "other type": 0 };
}

export interface ImportProblem {
  /** "missing-parent", "cycle", "no-film", "several-films", "date", "comment-type"… */
  kind: string;
  postId?: number;
  commentId?: number;
  message: string;
}

/** How a post found its film: a tag or category, the admin's choice, the default, or an earlier import. */
export type FilmSource = "term" | "choice" | "default" | "earlier import";

export interface PostPreview {
  postId: number;
  title: string | null;
  link: string | null;
  /** ISO instant, or null when the post has no readable date. */
  date: string | null;
  rating: number | null;
  author: string | null;
  /** The post's tags and categories, as the blog names them. */
  terms: string[];
  film: { id: string; title: string; source: FilmSource } | null;
  /** When no film: why not ("matches no film", "matches several films: A, B"). */
  noFilmReason: string | null;
  /** Films the post's terms name, for the preview's choice. */
  candidates: { id: string; title: string }[];
  comments: CommentCounts;
  /** The review it already became, when an earlier import brought it over. */
  existingReviewId: string | null;
  /** Comments an import would add (those not already imported). */
  newComments: number;
}

export interface AuthorPreview {
  name: string | null;
  email: string | null;
  comments: number;
  posts: number;
}

export interface ImportPreview {
  site: { url: string; title: string | null; wxrVersion: string };
  timeZone: string;
  items: { total: number; posts: number; skipped: Partial<Record<SkippedItem, number>> };
  comments: CommentCounts;
  /** Comments on items that are not imported (pages, drafts…): not counted above. */
  commentsOnSkippedItems: number;
  posts: PostPreview[];
  authors: { total: number; listed: AuthorPreview[] };
  problems: { total: number; listed: ImportProblem[] };
  /** What importing would add now. */
  adds: { reviews: number; comments: number };
}

export interface ImportReport {
  site: { url: string; title: string | null };
  /** True when the import added nothing: everything in the file was already here. */
  nothingChanged: boolean;
  reviews: { created: number; alreadyImported: number; skippedNoFilm: number };
  comments: { created: number; alreadyImported: number; createdByState: Record<"published" | "pending" | "trash", number> };
  /** Counted and never imported. */
  notImported: { spam: number; pingbacks: number; otherTypes: number };
  skippedItems: Partial<Record<SkippedItem, number>>;
  authorsCreated: number;
  problems: { total: number; listed: ImportProblem[] };
  /** The reviews this import made or added to (capped). */
  touched: { postId: number; reviewId: string; title: string | null; film: string; newComments: number }[];
  seconds: number;
}

/** Reported while reading or importing, for the progress line and the admin page's bar. */
export interface ImportProgress {
  /** Reading the file through first (totals unknown yet), then writing. */
  phase: "reading" | "importing";
  posts: number;
  comments: number;
  /** While importing: the posts and comments the file has to go through. */
  postsTotal: number | null;
  commentsTotal: number | null;
}

/** A bounded list: the first items kept, every one counted. */
export class CappedList<T> {
  readonly listed: T[] = [];
  total = 0;

  constructor(private readonly cap: number) {}

  push(item: T) {
    this.total++;
    if (this.listed.length < this.cap) this.listed.push(item);
  }

  toJSON() {
    return { total: this.total, listed: this.listed };
  }
}

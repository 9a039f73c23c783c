// The first read of an export, before anything is written: it proves the whole file is a
// readable WXR (so a truncated or malformed one is refused with nothing half-imported), learns
// the blog's time zone from its dates, and counts what the file holds: posts, comments by
// state, authors, and the threads' problems. Comment texts are not converted here; memory
// holds a few numbers per comment and one entry per author.
import { pluralize } from "@/lib/format/counts";
import { wordpressHtmlToMarkdown } from "./html-to-markdown";
import { AuthorDirectory, cleanTitle, commentFate, notImportedAs, skippedItemReason, type SkippedItem } from "./import-rules";
import { CappedList, emptyCommentCounts, MAX_LISTED_PROBLEMS, type CommentCounts, type ImportProblem, type ImportProgress } from "./import-types";
import { postRating } from "./rating";
import { resolveThreads, type ThreadLink, type ThreadProblem } from "./threads";
import { describeTimeZone, OffsetSamples, wallClockMs, wordpressInstant, type BlogTimeZone, type DateSource } from "./wxr-dates";
import { readWxr } from "./wxr-reader";
import { wxrText, type WxrSource } from "./wxr-source";
import { WxrError, type WxrChannel, type WxrComment, type WxrPost, type WxrTerm } from "./wxr-types";

export interface ScannedPost {
  id: number;
  title: string | null;
  link: string | null;
  terms: WxrTerm[];
  date: Date | null;
  dateSource: DateSource;
  rating: number | null;
  author: string | null;
  comments: CommentCounts;
  /** The comments an import brings over (not spam, not pingbacks), by WordPress id. */
  importedCommentIds: number[];
}

export interface ScannedAuthor {
  name: string | null;
  email: string | null;
  comments: number;
  posts: number;
}

export interface Scan {
  channel: WxrChannel;
  /** The site's key: its address without scheme or "www.", e.g. "blog.example.com/films". */
  siteUrl: string;
  timeZone: BlogTimeZone;
  items: { total: number; posts: number; skipped: Partial<Record<SkippedItem, number>> };
  comments: CommentCounts;
  commentsOnSkippedItems: number;
  posts: ScannedPost[];
  /** By author key (see AuthorDirectory), with the placeholder site prefix "scan". */
  authors: Map<string, ScannedAuthor>;
  problems: CappedList<ImportProblem>;
}

/** One address per site however it was exported: http or https, with or without "www.". */
export function siteKey(channel: WxrChannel): string {
  const raw = channel.link ?? channel.baseBlogUrl ?? channel.baseSiteUrl;
  if (!raw) throw new WxrError("The export doesn't say which site it comes from (its channel has no <link>).");
  try {
    const url = new URL(raw);
    const path = url.pathname.replace(/\/+$/, "");
    return `${url.host.toLowerCase().replace(/^www\./, "")}${path}`;
  } catch {
    throw new WxrError(`The export's site address isn't a URL: ${raw}`);
  }
}

export function threadProblemMessage(problem: ThreadProblem): string {
  if (problem.kind === "cycle") {
    return `Comment ${problem.commentId} is in a loop of replies (${problem.cycle.join(" → ")} → ${problem.cycle[0]}): it is shown as a top-level comment.`;
  }
  const fate = problem.parentFate ? `was ${problem.parentFate}, so not imported` : "is not in the file";
  return `Comment ${problem.commentId} replies to comment ${problem.parentId}, which ${fate}: it is shown as a top-level comment.`;
}

interface OpenPost {
  post: WxrPost;
  skipped: SkippedItem | null;
  scanned: ScannedPost | null;
  links: ThreadLink[];
  notImported: Map<number, string>;
  rawDate: { gmt: string | null; local: string | null };
}

/** Dates of comments without a GMT date, resolved once the file's time zone is known. */
interface PendingDates {
  localOnly: number;
  missing: number;
}

export interface ScanOptions {
  /** The blog's zone when the person importing knows it; otherwise it is learnt from the file. */
  timeZone?: BlogTimeZone | null;
  onProgress?: (progress: ImportProgress) => void;
}

export async function scanWxr(source: WxrSource, options: ScanOptions = {}): Promise<Scan> {
  const samples = new OffsetSamples();
  const directory = new AuthorDirectory("scan");
  const authors = new Map<string, ScannedAuthor>();
  const problems = new CappedList<ImportProblem>(MAX_LISTED_PROBLEMS);
  const comments = emptyCommentCounts();
  const skippedItems: Partial<Record<SkippedItem, number>> = {};
  const posts: (ScannedPost & { rawDate: OpenPost["rawDate"] })[] = [];
  const dates: PendingDates = { localOnly: 0, missing: 0 };
  let channel: WxrChannel | null = null;
  let itemCount = 0;
  let commentsOnSkippedItems = 0;
  let commentsRead = 0;
  let open: OpenPost | null = null;

  const credit = (key: string, name: string | null, email: string | null, field: "comments" | "posts") => {
    const author = authors.get(key) ?? { name, email, comments: 0, posts: 0 };
    author[field]++;
    authors.set(key, author);
  };

  const onComment = (comment: WxrComment) => {
    commentsRead++;
    samples.add(wallClockMs(comment.date), wallClockMs(comment.dateGmt));
    if (!open?.scanned) {
      commentsOnSkippedItems++;
      return;
    }
    const fate = commentFate(comment);
    comments[fate.counted]++;
    open.scanned.comments[fate.counted]++;
    if (!fate.imported) {
      open.notImported.set(comment.id, notImportedAs(fate.counted, comment.type));
      return;
    }
    const author = directory.forComment(comment);
    credit(author.key, author.name, author.email, "comments");
    if (!wallClockMs(comment.dateGmt)) {
      if (wallClockMs(comment.date) === null) dates.missing++;
      else dates.localOnly++;
    }
    open.scanned.importedCommentIds.push(comment.id);
    open.links.push({ id: comment.id, parentId: comment.parentId, time: wallClockMs(comment.dateGmt) ?? wallClockMs(comment.date) ?? 0 });
    if (commentsRead % 2_000 === 0) options.onProgress?.({ phase: "reading", posts: posts.length, comments: commentsRead, postsTotal: null, commentsTotal: null });
  };

  const onPost = (post: WxrPost) => {
    itemCount++;
    samples.add(wallClockMs(post.date), wallClockMs(post.dateGmt));
    const skipped = skippedItemReason(post);
    if (skipped) skippedItems[skipped] = (skippedItems[skipped] ?? 0) + 1;
    let scanned: ScannedPost | null = null;
    if (!skipped) {
      const author = directory.forPost(post);
      credit(author.key, author.name, author.email, "posts");
      scanned = {
        id: post.id,
        title: cleanTitle(post.title),
        link: post.link,
        terms: post.terms,
        date: null,
        dateSource: "none",
        rating: postRating(post.meta, wordpressHtmlToMarkdown(post.contentHtml)),
        author: author.name,
        comments: emptyCommentCounts(),
        importedCommentIds: [],
      };
    }
    open = { post, skipped, scanned, links: [], notImported: new Map(), rawDate: { gmt: post.dateGmt, local: post.date } };
  };

  const onPostEnd = () => {
    if (open?.scanned) {
      for (const problem of resolveThreads(open.links, open.notImported).problems) {
        problems.push({ kind: problem.kind, postId: open.post.id, commentId: problem.commentId, message: threadProblemMessage(problem) });
      }
      posts.push({ ...open.scanned, rawDate: open.rawDate });
    }
    open = null;
  };

  for await (const event of readWxr(wxrText(source))) {
    switch (event.kind) {
      case "channel":
        channel = event.channel;
        break;
      case "author":
        directory.addUser(event.author);
        break;
      case "post":
        onPost(event.post);
        break;
      case "comment":
        onComment(event.comment);
        break;
      case "postEnd":
        onPostEnd();
        break;
    }
  }
  if (!channel) throw new WxrError("This is XML, but not a WordPress export: it has no channel.");

  const timeZone = options.timeZone ?? { kind: "inferred" as const, samples };
  const finished = posts.map(({ rawDate, ...post }) => {
    const { date, source: dateSource } = wordpressInstant(rawDate.gmt, rawDate.local, timeZone);
    if (dateSource === "none") problems.push({ kind: "date", postId: post.id, message: `Post ${post.id} has no date: the review is dated when it is imported.` });
    if (dateSource === "local-as-utc") {
      problems.push({ kind: "date", postId: post.id, message: `Post ${post.id} has only a local date and the blog's time zone is unknown: read as UTC. Give the time zone to import it exactly.` });
    }
    return { ...post, date, dateSource };
  });
  if (dates.localOnly > 0) {
    problems.push({ kind: "date", message: `${pluralize(dates.localOnly, "comment has", "comments have")} no GMT date: read in the blog's time zone (${describeTimeZone(timeZone)}).` });
  }
  if (dates.missing > 0) problems.push({ kind: "date", message: `${pluralize(dates.missing, "comment has", "comments have")} no date at all: dated like their post.` });
  if (comments["other type"] > 0) {
    problems.push({ kind: "comment-type", message: `${pluralize(comments["other type"], "comment is", "comments are")} of a type other than comment, pingback or trackback (plugins' notes): not imported.` });
  }

  return {
    channel,
    siteUrl: siteKey(channel),
    timeZone,
    items: { total: itemCount, posts: finished.length, skipped: skippedItems },
    comments,
    commentsOnSkippedItems,
    posts: finished,
    authors,
    problems,
  };
}

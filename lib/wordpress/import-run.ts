// Imports a WordPress export. The file is read through once first (lib/wordpress/scan.ts): a
// file that is not a whole, readable WXR is refused before anything is written. Then it is
// read again and written one post at a time, each post with its comments in one transaction:
// an import that stops (a crash, a restart) has whole posts behind it, and running it again
// finishes it, since everything is keyed by the site and WordPress's ids.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAction } from "@/lib/moderation/audit-log";
import { AuthorDirectory, cleanTitle, type SkippedItem } from "./import-rules";
import { AuthorLedger, CommentStager, type CommentWriteResult } from "./import-post";
import { CappedList, MAX_LISTED_PROBLEMS, type ImportProblem, type ImportProgress, type ImportReport } from "./import-types";
import { legacyPathOf } from "./legacy-paths";
import { planImport, type FilmDecisionOptions, type ImportPlan, type PostPlan } from "./plan";
import { scanWxr, threadProblemMessage, type Scan } from "./scan";
import { wordpressHtmlToMarkdown } from "./html-to-markdown";
import { postRating } from "./rating";
import type { BlogTimeZone } from "./wxr-dates";
import { readWxr } from "./wxr-reader";
import { wxrText, type WxrSource } from "./wxr-source";
import type { WxrEvent, WxrPost } from "./wxr-types";

export interface ImportOptions extends FilmDecisionOptions {
  timeZone?: BlogTimeZone | null;
  onProgress?: (progress: ImportProgress) => void;
  /** Who imports, for the audit log: an admin at /admin/import, null from the command line. */
  actorId?: string | null;
  /** The file's name, for the audit log. */
  fileName?: string;
}

/** A post and its comments can take a while (100,000 comments on one post); never time out mid-post. */
const POST_TRANSACTION = { timeout: 30 * 60_000, maxWait: 60_000 };
const MAX_TOUCHED = 200;

interface RunState {
  report: ImportReport;
  problems: CappedList<ImportProblem>;
  ledger: AuthorLedger;
  directory: AuthorDirectory;
  posts: number;
  comments: number;
}

export async function scanAndPlan(db: PrismaClient, source: WxrSource, options: ImportOptions = {}): Promise<{ scan: Scan; plan: ImportPlan }> {
  const scan = await scanWxr(source, { timeZone: options.timeZone, onProgress: options.onProgress });
  const plan = await planImport(db, scan, options);
  return { scan, plan };
}

function emptyReport(scan: Scan): ImportReport {
  return {
    site: { url: scan.siteUrl, title: scan.channel.title },
    nothingChanged: true,
    reviews: { created: 0, alreadyImported: 0, skippedNoFilm: 0 },
    comments: { created: 0, alreadyImported: 0, createdByState: { published: 0, pending: 0, trash: 0 } },
    notImported: { spam: scan.comments.spam, pingbacks: scan.comments.pingback, otherTypes: scan.comments["other type"] },
    skippedItems: scan.items.skipped as Partial<Record<SkippedItem, number>>,
    authorsCreated: 0,
    problems: { total: 0, listed: [] },
    touched: [],
    seconds: 0,
  };
}

async function ensureSite(db: PrismaClient, scan: Scan): Promise<string> {
  const site = await db.wordPressSite.upsert({
    where: { url: scan.siteUrl },
    create: { url: scan.siteUrl, title: scan.channel.title },
    update: {},
    select: { id: true },
  });
  return site.id;
}

/** Pulls events up to the end of the current post (for posts that are not imported). */
async function skipPost(events: AsyncIterator<WxrEvent>, state: RunState) {
  for (let next = await events.next(); !next.done; next = await events.next()) {
    if (next.value.kind === "comment") state.comments++;
    if (next.value.kind === "postEnd") return;
  }
}

async function importOne(db: PrismaClient, events: AsyncIterator<WxrEvent>, post: WxrPost, plan: PostPlan, siteId: string, scan: Scan, state: RunState, options: ImportOptions) {
  const film = plan.film!;
  const postAuthor = state.directory.forPost(post);
  let outcome: { reviewId: string; created: boolean; comments: CommentWriteResult };
  try {
    outcome = await db.$transaction(async (tx) => {
      // One import per site at a time: a second one waits, then finds what the first wrote.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`wordpress-import:${siteId}`}))`;
      await state.ledger.ensure(tx, [postAuthor]);
      const author = await tx.sourceAuthor.findUniqueOrThrow({ where: { key: postAuthor.key }, select: { id: true, claimedById: true } });
      const postDate = plan.post.date ?? new Date();
      let reviewId = (await tx.wordPressPost.findUnique({ where: { siteId_postId: { siteId, postId: post.id } }, select: { reviewId: true } }))?.reviewId;
      const created = !reviewId;
      if (!reviewId) {
        const body = wordpressHtmlToMarkdown(post.contentHtml);
        // A claimed author's new review is theirs, unless they already reviewed the film (one each).
        const claimant =
          author.claimedById && !(await tx.review.findFirst({ where: { filmId: film.id, authorId: author.claimedById }, select: { id: true } }))
            ? author.claimedById
            : null;
        const review = await tx.review.create({
          data: {
            filmId: film.id,
            sourceAuthorId: author.id,
            authorId: claimant,
            title: cleanTitle(post.title),
            body,
            rating: postRating(post.meta, body),
            sourcePublishedOn: plan.post.date,
            sourceUrl: post.link,
            createdAt: postDate,
          },
          select: { id: true },
        });
        reviewId = review.id;
        await tx.wordPressPost.create({ data: { siteId, postId: post.id, reviewId, link: post.link ?? "", path: legacyPathOf(post.link) } });
      }
      const stager = new CommentStager(tx, state.ledger, { siteId, reviewId, postDate, timeZone: scan.timeZone });
      for (let next = await events.next(); !next.done; next = await events.next()) {
        const event = next.value;
        if (event.kind === "postEnd") break;
        if (event.kind !== "comment") continue;
        state.comments++;
        await stager.add(event.comment, state.directory.forComment(event.comment));
        if (state.comments % 1_000 === 0) progress(state, scan, options);
      }
      return { reviewId, created, comments: await stager.finish() };
    }, POST_TRANSACTION);
    state.ledger.commit();
  } catch (error) {
    state.ledger.rollback();
    throw error;
  }

  const { report } = state;
  if (outcome.created) report.reviews.created++;
  else report.reviews.alreadyImported++;
  report.comments.created += outcome.comments.created;
  report.comments.alreadyImported += outcome.comments.alreadyImported;
  for (const key of ["published", "pending", "trash"] as const) report.comments.createdByState[key] += outcome.comments.createdByState[key];
  for (const problem of outcome.comments.problems) {
    state.problems.push({ kind: problem.kind, postId: post.id, commentId: problem.commentId, message: threadProblemMessage(problem) });
  }
  if ((outcome.created || outcome.comments.created > 0) && report.touched.length < MAX_TOUCHED) {
    report.touched.push({ postId: post.id, reviewId: outcome.reviewId, title: cleanTitle(post.title), film: film.title, newComments: outcome.comments.created });
  }
}

function progress(state: RunState, scan: Scan, options: ImportOptions) {
  const commentsTotal = scan.comments.published + scan.comments.pending + scan.comments.trash + scan.comments.spam + scan.comments.pingback + scan.comments["other type"] + scan.commentsOnSkippedItems;
  options.onProgress?.({ phase: "importing", posts: state.posts, comments: state.comments, postsTotal: scan.items.total, commentsTotal });
}

/** Writes what the plan says, post by post. */
export async function writeImport(db: PrismaClient, source: WxrSource, scan: Scan, plan: ImportPlan, options: ImportOptions = {}): Promise<ImportReport> {
  const started = Date.now();
  const siteId = plan.siteId ?? (await ensureSite(db, scan));
  const state: RunState = {
    report: emptyReport(scan),
    problems: new CappedList(MAX_LISTED_PROBLEMS),
    ledger: new AuthorLedger(),
    directory: new AuthorDirectory(`wordpress:${siteId}`),
    posts: 0,
    comments: 0,
  };
  // The file-wide problems the scan found (dates, comment types); thread problems come per post below.
  for (const problem of scan.problems.listed) if (problem.kind !== "missing-parent" && problem.kind !== "cycle") state.problems.push(problem);

  const events = readWxr(wxrText(source))[Symbol.asyncIterator]();
  for (let next = await events.next(); !next.done; next = await events.next()) {
    const event = next.value;
    if (event.kind === "author") state.directory.addUser(event.author);
    if (event.kind !== "post") continue;
    state.posts++;
    const postPlan = plan.posts.get(event.post.id);
    if (!postPlan) {
      await skipPost(events, state);
      continue;
    }
    if (!postPlan.film) {
      state.report.reviews.skippedNoFilm++;
      state.problems.push({ kind: "no-film", postId: event.post.id, message: `Post ${event.post.id} (“${postPlan.post.title ?? "untitled"}”) was not imported: ${postPlan.noFilmReason}.` });
      await skipPost(events, state);
      continue;
    }
    await importOne(db, events, event.post, postPlan, siteId, scan, state, options);
    progress(state, scan, options);
  }

  const { report } = state;
  report.authorsCreated = state.ledger.created;
  report.problems = state.problems.toJSON();
  report.nothingChanged = report.reviews.created === 0 && report.comments.created === 0;
  report.seconds = Math.round((Date.now() - started) / 100) / 10;
  await recordAction(db, {
    actorId: options.actorId ?? null,
    action: "wordpress.import",
    targetType: "IMPORT",
    targetId: siteId,
    reason: options.actorId ? `Imported ${options.fileName ?? "an export"} at /admin/import` : `Imported ${options.fileName ?? "an export"} from the command line (npm run import:wordpress)`,
    after: { reviews: report.reviews, comments: report.comments, nothingChanged: report.nothingChanged },
  });
  return report;
}

/** Reads, plans and writes: `npm run import:wordpress` and the admin page's import both run this. */
export async function importWordPress(db: PrismaClient, source: WxrSource, options: ImportOptions = {}): Promise<{ scan: Scan; plan: ImportPlan; report: ImportReport }> {
  const { scan, plan } = await scanAndPlan(db, source, options);
  const report = await writeImport(db, source, scan, plan, options);
  return { scan, plan, report };
}

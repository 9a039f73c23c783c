// Writes one post and its comments, in the caller's transaction: the review (once), then the
// comments, which stream into a temporary staging table in batches as they are read and move
// into "Comment" when the post ends, a depth level at a time so every parent is there before
// its replies, whatever order the file had them in. Comments an earlier import brought over
// are found by their key and left as they are. Nobody is notified: the rows are written
// directly, never through publishEffects.
import { Prisma } from "@/lib/generated/prisma/client";
import { newRecordId } from "@/lib/record-id";
import { commentFate, notImportedAs, type AuthorRef } from "./import-rules";
import { siteKeyPrefix } from "./source-keys";
import { resolveThreads, type ThreadLink, type ThreadProblem } from "./threads";
import { wordpressHtmlToMarkdown } from "./html-to-markdown";
import { wordpressInstant, type BlogTimeZone } from "./wxr-dates";
import type { WxrComment } from "./wxr-types";

type Tx = Prisma.TransactionClient;

const STAGE_BATCH = 500;
const INSERT_BATCH = 5_000;
/** The deepest a stored depth goes (a CHECK); deeper replies keep their parent, and the thread view follows parents. */
const MAX_STORED_DEPTH = 10;

/** Source authors this run made sure exist, so each is written once (one statement per batch of new ones). */
export class AuthorLedger {
  private readonly known = new Set<string>();
  private readonly pending = new Set<string>();
  created = 0;

  /** Writes the authors not yet known, inside the transaction. */
  async ensure(tx: Tx, authors: Iterable<AuthorRef>): Promise<void> {
    const fresh = new Map<string, AuthorRef>();
    for (const author of authors) if (!this.known.has(author.key) && !this.pending.has(author.key)) fresh.set(author.key, author);
    if (fresh.size === 0) return;
    const now = new Date();
    const rows = [...fresh.values()].map((a) => Prisma.sql`(${newRecordId()}, ${a.key}, ${a.name}, ${a.email}, ${now})`);
    this.created += await tx.$executeRaw`
      INSERT INTO "SourceAuthor" ("id", "key", "name", "email", "createdAt") VALUES ${Prisma.join(rows)}
      ON CONFLICT ("key") DO NOTHING`;
    for (const key of fresh.keys()) this.pending.add(key);
  }

  /** The transaction committed: its authors exist for good. */
  commit() {
    for (const key of this.pending) this.known.add(key);
    this.pending.clear();
  }

  rollback() {
    this.pending.clear();
  }
}

export interface CommentWriteResult {
  created: number;
  alreadyImported: number;
  createdByState: Record<"published" | "pending" | "trash", number>;
  problems: ThreadProblem[];
}

interface StagedComment {
  wpId: number;
  authorKey: string;
  state: "PUBLISHED" | "PENDING" | "DELETED";
  reason: string | null;
  body: string;
  createdAt: Date;
}

/** Collects one post's comments into the staging table, then moves them into place. */
export class CommentStager {
  private readonly batch: StagedComment[] = [];
  private readonly batchAuthors = new Map<string, AuthorRef>();
  private readonly links: ThreadLink[] = [];
  private readonly notImported = new Map<number, string>();
  private readonly stateOf = new Map<number, "published" | "pending" | "trash">();
  private created = false;

  constructor(
    private readonly tx: Tx,
    private readonly ledger: AuthorLedger,
    private readonly context: { siteId: string; reviewId: string; postDate: Date; timeZone: BlogTimeZone },
  ) {}

  async add(comment: WxrComment, author: AuthorRef): Promise<void> {
    const fate = commentFate(comment);
    if (!fate.imported) {
      this.notImported.set(comment.id, notImportedAs(fate.counted, comment.type));
      return;
    }
    const { date } = wordpressInstant(comment.dateGmt, comment.date, this.context.timeZone);
    const createdAt = date ?? this.context.postDate;
    this.links.push({ id: comment.id, parentId: comment.parentId, time: createdAt.getTime() });
    this.stateOf.set(comment.id, fate.counted as "published" | "pending" | "trash");
    this.batch.push({ wpId: comment.id, authorKey: author.key, state: fate.state, reason: fate.reason, body: wordpressHtmlToMarkdown(comment.contentHtml), createdAt });
    this.batchAuthors.set(author.key, author);
    if (this.batch.length >= STAGE_BATCH) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    if (!this.created) {
      // Dropped with the transaction, so a pooled connection keeps nothing behind.
      await this.tx.$executeRaw`
        CREATE TEMP TABLE "wordpress_comment_stage" (
          "wpId" bigint PRIMARY KEY, "id" text NOT NULL, "authorKey" text NOT NULL, "state" "ContentState" NOT NULL,
          "stateReason" text, "body" text NOT NULL, "createdAt" timestamp(3) NOT NULL, "existing" boolean NOT NULL DEFAULT false
        ) ON COMMIT DROP`;
      this.created = true;
    }
    await this.ledger.ensure(this.tx, this.batchAuthors.values());
    const rows = this.batch.map(
      (c) => Prisma.sql`(${c.wpId}, ${newRecordId()}, ${c.authorKey}, ${c.state}::"ContentState", ${c.reason}, ${c.body}, ${c.createdAt})`,
    );
    // A comment id twice in one post (a damaged export): the first one wins, as it did in the scan.
    await this.tx.$executeRaw`
      INSERT INTO "wordpress_comment_stage" ("wpId", "id", "authorKey", "state", "stateReason", "body", "createdAt")
      VALUES ${Prisma.join(rows)} ON CONFLICT ("wpId") DO NOTHING`;
    this.batch.length = 0;
    this.batchAuthors.clear();
  }

  /** Resolves the threads and inserts the comments not already imported, parents first. */
  async finish(): Promise<CommentWriteResult> {
    const result: CommentWriteResult = { created: 0, alreadyImported: 0, createdByState: { published: 0, pending: 0, trash: 0 }, problems: [] };
    await this.flush();
    if (!this.created) return result;
    const { tx } = this;
    const { siteId, reviewId } = this.context;
    const prefix = siteKeyPrefix(siteId);

    const existing = await tx.$queryRaw<{ wpId: bigint }[]>`
      UPDATE "wordpress_comment_stage" s SET "id" = c."id", "existing" = true
      FROM "Comment" c WHERE c."sourceKey" = ${prefix} || s."wpId"::text
      RETURNING s."wpId"`;
    const already = new Set(existing.map((row) => Number(row.wpId)));
    result.alreadyImported = already.size;

    const threads = resolveThreads(this.links, this.notImported);
    result.problems = threads.problems;
    const levels = new Map<number, number[]>();
    for (const [id, depth] of threads.depth) {
      if (already.has(id)) continue;
      const level = levels.get(depth) ?? [];
      level.push(id);
      levels.set(depth, level);
    }
    const now = new Date();
    for (const depth of [...levels.keys()].sort((a, b) => a - b)) {
      const ids = levels.get(depth)!;
      for (let start = 0; start < ids.length; start += INSERT_BATCH) {
        const slice = ids.slice(start, start + INSERT_BATCH);
        const parents = slice.map((id) => threads.parent.get(id)!);
        const roots = slice.map((id) => threads.root.get(id)!);
        result.created += await tx.$executeRaw`
          INSERT INTO "Comment" ("id", "reviewId", "sourceAuthorId", "authorId", "parentId", "rootId", "depth", "body", "state", "stateReason",
                                 "sourceKey", "createdAt", "updatedAt", "deletedAt")
          SELECT s."id", ${reviewId}, a."id", a."claimedById", p."id", r."id", LEAST(${depth}::int, ${MAX_STORED_DEPTH}::int), s."body", s."state", s."stateReason",
                 ${prefix} || s."wpId"::text, s."createdAt", s."createdAt", CASE WHEN s."state" = 'DELETED' THEN ${now}::timestamp(3) END
          FROM unnest(${slice}::bigint[], ${parents}::bigint[], ${roots}::bigint[]) AS t("wpId", "parentWpId", "rootWpId")
          JOIN "wordpress_comment_stage" s ON s."wpId" = t."wpId"
          JOIN "SourceAuthor" a ON a."key" = s."authorKey"
          LEFT JOIN "wordpress_comment_stage" p ON p."wpId" = t."parentWpId" AND ${depth}::int > 0
          LEFT JOIN "wordpress_comment_stage" r ON r."wpId" = t."rootWpId" AND ${depth}::int > 0`;
        for (const id of slice) result.createdByState[this.stateOf.get(id)!]++;
      }
    }
    if (result.created > 0) {
      // The count is of published comments, as publishEffects keeps it; written once per post.
      await tx.$executeRaw`
        UPDATE "Review" SET "commentCount" = (SELECT COUNT(*)::int FROM "Comment" WHERE "reviewId" = ${reviewId} AND "state" = 'PUBLISHED')
        WHERE "id" = ${reviewId}`;
    }
    return result;
  }
}

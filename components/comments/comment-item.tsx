import type { CommentNode } from "@/lib/queries/comments";
import { MarkdownContent } from "@/lib/markdown";
import { formatExactDateTime } from "@/lib/format/dates";
import { AuthorCredit } from "@/components/reviews/author-credit";
import { MetaLine } from "@/components/ui/meta-line";
import { RelativeTime } from "@/components/ui/relative-time";

const PERMALINK = "rounded-sm underline-offset-4 hover:text-ink hover:underline";

/**
 * When the comment was written, linked to its permalink. Imported comments were written on
 * the original blog at a date the source does not give; their import time would mislead.
 */
function CommentTimestamp({ comment, anchor, now }: { comment: CommentNode; anchor: string; now: Date }) {
  if (comment.credit.kind === "source") {
    return (
      <a href={`#${anchor}`} className={PERMALINK} title="Imported with the review; the blog gives no date">
        from the original blog
      </a>
    );
  }
  return (
    <a href={`#${anchor}`} className={PERMALINK}>
      <RelativeTime date={comment.createdAt} now={now} />
    </a>
  );
}

/**
 * One comment and, below it, its replies. Each level of nesting adds a thin guide line and a
 * small indent, small enough that depth 5 still leaves a readable column on a phone.
 * `id="c-<id>"` is the comment's permalink anchor; the timestamp links to it.
 */
export function CommentItem({ comment, now }: { comment: CommentNode; now: Date }) {
  const anchor = `c-${comment.id}`;
  return (
    <li id={anchor} className="scroll-mt-6">
      <article className="rounded-lg py-3 [:target>&]:-mx-2 [:target>&]:bg-accent-soft/50 [:target>&]:px-2">
        <header>
          <MetaLine className="text-sm text-muted">
            <AuthorCredit credit={comment.credit} className="font-semibold text-ink" />
            <CommentTimestamp comment={comment} anchor={anchor} now={now} />
            {comment.editedAt && <span title={`Edited ${formatExactDateTime(comment.editedAt)}`}>edited</span>}
          </MetaLine>
        </header>
        <MarkdownContent markdown={comment.body} variant="comment" className="mt-1.5 text-ink" />
      </article>
      {comment.replies.length > 0 && (
        <ol className="ml-1.5 border-l border-line-strong/70 pl-2.5 sm:ml-2 sm:pl-5">
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} now={now} />
          ))}
        </ol>
      )}
    </li>
  );
}

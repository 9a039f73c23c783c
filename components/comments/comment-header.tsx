import type { ShownComment } from "@/lib/comments/thread-view";
import { formatExactDateTime } from "@/lib/format/dates";
import { AuthorCredit } from "@/components/reviews/author-credit";
import { MetaLine } from "@/components/ui/meta-line";
import { RelativeTime } from "@/components/ui/relative-time";

const PERMALINK = "rounded-sm underline-offset-4 hover:text-ink hover:underline";

/**
 * When the comment was written, linked to its anchor. Imported comments were written on the
 * original blog at a date the source does not give; their import time would mislead.
 */
function CommentTimestamp({ comment, now }: { comment: ShownComment; now: Date }) {
  const anchor = `#c-${comment.id}`;
  if (comment.credit.kind === "source") {
    return (
      <a href={anchor} className={PERMALINK} title="Imported with the review; the blog gives no date">
        from the original blog
      </a>
    );
  }
  return (
    <a href={anchor} className={PERMALINK}>
      <RelativeTime date={comment.createdAt} now={now} />
    </a>
  );
}

/** "Ada · 5 minutes ago · edited": author, time (exact on hover) and whether it was edited. */
export function CommentHeader({ comment, now }: { comment: ShownComment; now: Date }) {
  return (
    <header>
      <MetaLine className="text-sm text-muted">
        <AuthorCredit credit={comment.credit} className="font-semibold text-ink" />
        {comment.isOwn && <span className="rounded bg-sunken px-1.5 text-xs font-medium text-muted">you</span>}
        <CommentTimestamp comment={comment} now={now} />
        {comment.editedAt && (
          <time dateTime={comment.editedAt.toISOString()} title={`Edited ${formatExactDateTime(comment.editedAt)}`}>
            edited
          </time>
        )}
      </MetaLine>
    </header>
  );
}

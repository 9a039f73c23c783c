import Link from "next/link";
import { creditName, type Credit } from "@/lib/format/credit";

const LINK = "rounded-sm font-medium text-accent-text underline-offset-4 hover:underline";

/**
 * Above a comment's own page: the way back to the review (at this comment) and, for a reply,
 * to the comment it answers.
 */
export function CommentPageContext({
  commentId,
  reviewId,
  reviewLabel,
  parentId,
  parentCredit,
}: {
  commentId: string;
  reviewId: string;
  reviewLabel: string;
  parentId: string | null;
  parentCredit: Credit | null;
}) {
  return (
    <div className="space-y-1.5 text-sm text-muted">
      <p>
        A comment on{" "}
        <Link href={`/reviews/${reviewId}#c-${commentId}`} className={LINK}>
          {reviewLabel}
        </Link>
      </p>
      {parentId && (
        <p>
          In reply to{" "}
          <Link href={`/comments/${parentId}`} className={LINK}>
            {parentCredit ? `${creditName(parentCredit)}’s comment` : "an earlier comment"}
          </Link>{" "}
          <span aria-hidden="true">↑</span>
        </p>
      )}
    </div>
  );
}

import type { ShownComment } from "@/lib/comments/thread-view";
import { MarkdownContent } from "@/lib/markdown";
import { signInHref } from "@/components/auth/auth-links";
import { ReportButton } from "@/components/moderation/report-button";
import { CommentControls, type CommentControlsProps } from "./comment-controls";
import { CommentHeader } from "./comment-header";
import { CommentStatusNotice } from "./comment-status-notice";
import type { ThreadContext } from "./thread-context";

/** Highlights the comment a permalink points at: `#c-<id>` (:target) or its own page. */
export const TARGET_HIGHLIGHT = "rounded-lg [:target>&]:-mx-2 [:target>&]:bg-accent-soft/50 [:target>&]:px-2";
const FOCUSED_HIGHLIGHT = "rounded-lg -mx-2 bg-accent-soft/50 px-2";

function isWithinEditWindow(comment: ShownComment, context: ThreadContext): boolean {
  return context.now.getTime() < comment.createdAt.getTime() + context.editWindowMinutes * 60_000;
}

/** What the reader may do with this comment. The server checks every one of these again. */
function permissions(comment: ShownComment, context: ThreadContext, atDepthCap: boolean) {
  const member = context.viewer === "member";
  const published = comment.status === "published";
  const reply: CommentControlsProps["reply"] = !published ? null : member ? "reply" : context.viewer === "guest" ? "sign-in" : null;
  const mayEdit = member && comment.isOwn && comment.status !== "hidden" && isWithinEditWindow(comment, context);
  const upvoteMode = context.viewer === "guest" ? "sign-in" : member && !comment.isOwn ? "vote" : "readonly";
  return {
    reply,
    atDepthCap,
    editableBody: mayEdit ? comment.body : null,
    canDelete: member && comment.isOwn,
    upvote: published ? { count: comment.upvoteCount, upvoted: comment.viewerUpvoted, mode: upvoteMode } as const : null,
  };
}

/** Members report other people's published comments; the server checks this again. */
function mayReport(comment: ShownComment, context: ThreadContext): boolean {
  return context.viewer === "member" && !comment.isOwn && comment.status === "published";
}

/** One readable comment: header, any notice for its author, the body, and its actions. */
export function CommentArticle({ comment, context, atDepthCap }: { comment: ShownComment; context: ThreadContext; atDepthCap: boolean }) {
  const focused = context.focusedId === comment.id;
  return (
    <article className={`group/comment py-3 ${focused ? FOCUSED_HIGHLIGHT : TARGET_HIGHLIGHT}`} aria-current={focused ? "true" : undefined}>
      <CommentHeader comment={comment} now={context.now} />
      <CommentStatusNotice comment={comment} />
      <CommentControls
        commentId={comment.id}
        reviewId={context.reviewId}
        permalink={`/comments/${comment.id}`}
        signInHref={signInHref(`${context.pagePath}#c-${comment.id}`)}
        {...permissions(comment, context, atDepthCap)}
        report={mayReport(comment, context) ? <ReportButton kind="COMMENT" id={comment.id} className="min-h-7 font-medium" /> : null}
      >
        <MarkdownContent markdown={comment.body} variant="comment" className="mt-1.5 text-ink" />
      </CommentControls>
    </article>
  );
}

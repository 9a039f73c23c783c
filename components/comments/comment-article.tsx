import { CommentActions } from "./comment-actions";
import { CommentControls } from "./comment-controls";
import { CommentHeader } from "./comment-header";
import { CommentStatusNotice } from "./comment-status-notice";
import type { CommentData, ThreadSettings } from "./thread-data";
import { CommentBody } from "./comment-body";
import { usePersonalComment } from "./use-personal-comment";

/**
 * One readable comment: header, any notice for its author, the body, and its actions: the
 * interactive ones for members once the page is hydrated (`interactive`), links to sign in (or
 * nothing to do) for everyone else, and until then.
 * `aria-current` marks the comment its own page is about, highlighted like a `#c-<id>` target;
 * an imported comment keeps its WordPress anchor (`#comment-<id>`) as the article's id.
 */
export function CommentArticle({ comment: shared, settings, atDepthCap, interactive }: { comment: CommentData; settings: ThreadSettings; atDepthCap: boolean; interactive: boolean }) {
  const comment = usePersonalComment(shared, settings.reviewId);
  return (
    <article id={comment.legacyAnchor} aria-current={settings.focusedId === comment.id ? "true" : undefined}>
      <CommentHeader comment={comment} />
      {comment.status && <CommentStatusNotice status={comment.status} reason={comment.reason} />}
      {settings.viewer === "member" && interactive ? (
        <CommentControls comment={comment} reviewId={settings.reviewId} atDepthCap={atDepthCap} />
      ) : (
        <>
          <CommentBody>{comment.body}</CommentBody>
          <CommentActions comment={comment} settings={settings} />
        </>
      )}
    </article>
  );
}

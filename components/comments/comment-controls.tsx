"use client";

import Link from "next/link";
import { useRef, type ReactNode } from "react";
import { CommentEditForm } from "./comment-edit-form";
import { CommentForm } from "./comment-form";
import { DeleteCommentButton } from "./delete-comment-button";
import { useDiscussion } from "./discussion-provider";
import { ACTION, UpvoteButton, type UpvoteMode } from "./upvote-button";

export interface CommentControlsProps {
  commentId: string;
  reviewId: string;
  /** The comment's own page, for sharing. */
  permalink: string;
  /** "reply" opens the form; "sign-in" links to sign in; null: no replying (held, banned…). */
  reply: "reply" | "sign-in" | null;
  /** The comment sits at the depth cap: replies to it continue on its own page. */
  atDepthCap: boolean;
  /** The Markdown source, only for the viewer's own comment while it may still be edited. */
  editableBody: string | null;
  canDelete: boolean;
  upvote: { count: number; upvoted: boolean; mode: UpvoteMode } | null;
  signInHref: string;
  /** The moderation Report control, rendered on the server. */
  report?: ReactNode;
  /** The rendered comment body, swapped for the edit form while editing. */
  children: ReactNode;
}

/**
 * A comment's body and its actions, which stay quiet (muted) until the comment is hovered or
 * holds focus. Reply and Edit open forms in place, one at a time across the discussion.
 */
export function CommentControls(props: CommentControlsProps) {
  const { commentId, reviewId, permalink, reply, atDepthCap, editableBody, canDelete, upvote, signInHref, report, children } = props;
  const { openForm, setOpenForm } = useDiscussion();
  const replyButton = useRef<HTMLButtonElement>(null);
  const replying = openForm === `reply:${commentId}`;
  const editing = openForm === `edit:${commentId}` && editableBody !== null;
  const replyFormId = `reply-to-${commentId}`;

  function closeReply() {
    setOpenForm(null);
    requestAnimationFrame(() => replyButton.current?.focus());
  }

  if (editing) {
    return <CommentEditForm commentId={commentId} body={editableBody} onClose={() => setOpenForm(null)} />;
  }
  return (
    <>
      {children}
      <div className="mt-1.5 -ml-1.5 flex flex-wrap items-center gap-x-1 gap-y-1 text-sm text-muted transition-colors group-hover/comment:text-ink group-focus-within/comment:text-ink">
        {reply === "reply" && (
          <button
            ref={replyButton}
            type="button"
            className={ACTION}
            aria-expanded={replying}
            aria-controls={replying ? replyFormId : undefined}
            onClick={() => setOpenForm(replying ? null : `reply:${commentId}`)}
          >
            Reply
          </button>
        )}
        {reply === "sign-in" && (
          <Link href={signInHref} className={ACTION}>
            Reply
          </Link>
        )}
        {upvote && <UpvoteButton key={`${upvote.count}:${upvote.upvoted}`} commentId={commentId} signInHref={signInHref} {...upvote} />}
        {editableBody !== null && (
          <button type="button" className={ACTION} onClick={() => setOpenForm(`edit:${commentId}`)}>
            Edit
          </button>
        )}
        {canDelete && <DeleteCommentButton commentId={commentId} />}
        {report}
        <Link href={permalink} className={ACTION} aria-label="Link to this comment">
          Link
        </Link>
      </div>
      {replying && (
        <div id={replyFormId} className="mt-3 rounded-lg border border-line bg-surface p-3 sm:p-4">
          <CommentForm reviewId={reviewId} parentId={commentId} parentAtDepthCap={atDepthCap} onClose={closeReply} />
        </div>
      )}
    </>
  );
}

"use client";

import Link from "next/link";
import { useRef } from "react";
import { ReportButton } from "@/components/moderation/report-button";
import { CommentEditForm } from "./comment-edit-form";
import { CommentForm } from "./comment-form";
import { DeleteCommentButton } from "./delete-comment-button";
import { useDiscussion } from "./discussion-provider";
import type { CommentData } from "./thread-data";
import { UpvoteButton } from "./upvote-button";
import { UpvoteCount } from "./upvote-count";
import { CommentBody } from "./comment-body";

/**
 * A member's view of a comment's body and actions (quiet until the comment is hovered or holds
 * focus; see `.thread article > footer`). Reply and Edit open forms in place, one at a time
 * across the discussion. What a member may do follows from the comment's facts; the server
 * checks every action again:
 * - a published comment takes replies and upvotes, except that nobody upvotes their own;
 * - the author may delete it, and edit it while `editable` (within the edit window, not hidden);
 * - members report other people's published comments.
 */
export function CommentControls({ comment, reviewId, atDepthCap }: { comment: CommentData; reviewId: string; atDepthCap: boolean }) {
  const { id, upvotes = 0, own = false, editable } = comment;
  const { openForm, setOpenForm } = useDiscussion();
  const replyButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const published = !comment.status;
  const replying = published && openForm === `reply:${id}`;
  const replyFormId = `reply-to-${id}`;

  // A closed form hands focus back to the button that opened it (which comes back on the next render).
  function closeReply() {
    setOpenForm(null);
    requestAnimationFrame(() => replyButton.current?.focus());
  }

  function closeEdit() {
    setOpenForm(null);
    requestAnimationFrame(() => editButton.current?.focus());
  }

  if (editable !== undefined && openForm === `edit:${id}`) {
    return <CommentEditForm commentId={id} body={editable} onClose={closeEdit} />;
  }
  return (
    <>
      <CommentBody>{comment.body}</CommentBody>
      <footer>
        {published && (
          <button
            ref={replyButton}
            type="button"
            aria-expanded={replying}
            aria-controls={replying ? replyFormId : undefined}
            onClick={() => setOpenForm(replying ? null : `reply:${id}`)}
          >
            Reply
          </button>
        )}
        {published &&
          (own ? (
            <UpvoteCount count={upvotes} />
          ) : (
            <UpvoteButton commentId={id} count={upvotes} upvoted={Boolean(comment.upvoted)} />
          ))}
        {editable !== undefined && (
          <button ref={editButton} type="button" onClick={() => setOpenForm(`edit:${id}`)}>
            Edit
          </button>
        )}
        {own && <DeleteCommentButton commentId={id} />}
        {published && !own && <ReportButton kind="COMMENT" id={id} styledByParent />}
        <Link href={`/comments/${id}`} aria-label="Link to this comment">
          Link
        </Link>
      </footer>
      {replying && (
        <div id={replyFormId} className="mt-3 rounded-lg border border-line bg-surface p-3 sm:p-4">
          <CommentForm reviewId={reviewId} parentId={id} parentAtDepthCap={atDepthCap} onClose={closeReply} />
        </div>
      )}
    </>
  );
}

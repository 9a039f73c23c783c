"use client";

import { useState } from "react";
import { postCommentAction } from "@/lib/actions/comments";
import { useActionForm } from "@/lib/forms/use-action-form";
import { commentFormSchema } from "@/lib/validations/comment";
import { HoneypotField } from "@/components/auth/honeypot-field";
import { Button } from "@/components/forms/button";
import { FormAlert } from "@/components/forms/form-alert";
import { CommentBodyField } from "./comment-body-field";
import { useDiscussion } from "./discussion-provider";
import { DiscardDraftPrompt, useDraftGuard } from "./draft-guard";

export interface CommentFormProps {
  reviewId: string;
  /** The comment being replied to; none for a new top-level comment. */
  parentId?: string;
  /** The parent sits at the depth cap: its replies show on its own page, not this one. */
  parentAtDepthCap?: boolean;
  /** Closes a reply form (Cancel, Escape, or after posting); a draft is only dropped once confirmed. */
  onClose?: () => void;
}

/**
 * A new comment or a reply. Errors (too fast, a duplicate, a ban) come back into the form with
 * everything typed kept; on success the thread re-renders in place and scrolls to the new
 * comment. A held comment says so, with the reason, to its author.
 */
export function CommentForm({ reviewId, parentId, parentAtDepthCap = false, onClose }: CommentFormProps) {
  const { refreshAndReveal, refreshing } = useDiscussion();
  const [heldNotice, setHeldNotice] = useState<string | null>(null);
  const { form, submit, formError, pending } = useActionForm(
    commentFormSchema,
    (values) => postCommentAction({ ...values, reviewId, parentId: parentId ?? null }),
    {
      defaultValues: { body: "", website: "" },
      onSuccess: (data) => {
        form.reset();
        setHeldNotice(data.state === "PENDING" ? (data.heldReason ?? "Held for moderation") : null);
        onClose?.();
        // Where the new comment can be seen if this page doesn't show it (another page of
        // threads, or a reply that continues on its parent's own page).
        const elsewhere = parentId && parentAtDepthCap ? `/comments/${parentId}#c-${data.commentId}` : `/comments/${data.commentId}`;
        refreshAndReveal(data.commentId, elsewhere);
      },
    },
  );
  const isReply = Boolean(parentId);
  const body = form.watch("body") ?? "";
  const guard = useDraftGuard({ hasDraft: body.trim() !== "", onClose: () => onClose?.(), focusEditor: () => form.setFocus("body") });

  return (
    <form onSubmit={submit} onKeyDown={onClose ? guard.onKeyDown : undefined} noValidate className="relative space-y-3" aria-label={isReply ? "Reply" : "Add a comment"}>
      {formError && <FormAlert>{formError}</FormAlert>}
      {heldNotice && !formError && (
        <FormAlert tone="info">
          {heldNotice}. Only you can see your comment until a moderator approves it.
        </FormAlert>
      )}
      <CommentBodyField
        label={isReply ? "Your reply" : "Your comment"}
        value={body}
        error={form.formState.errors.body?.message}
        textarea={{ ...form.register("body"), autoFocus: isReply, placeholder: isReply ? undefined : "What did you think?" }}
      />
      <HoneypotField {...form.register("website")} />
      {guard.asking ? (
        <DiscardDraftPrompt what="reply" onKeep={guard.keepWriting} onDiscard={guard.discard} />
      ) : (
        <div className="flex items-center gap-2">
          <Button type="submit" size="sm" pending={pending || refreshing} pendingLabel="Posting…">
            {isReply ? "Post reply" : "Post comment"}
          </Button>
          {onClose && (
            <Button type="button" variant="quiet" size="sm" onClick={guard.requestClose}>
              Cancel
            </Button>
          )}
        </div>
      )}
    </form>
  );
}

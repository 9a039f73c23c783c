"use client";

import { editCommentAction } from "@/lib/actions/comments";
import { useActionForm } from "@/lib/forms/use-action-form";
import { editCommentSchema } from "@/lib/validations/comment";
import { Button } from "@/components/forms/button";
import { FormAlert } from "@/components/forms/form-alert";
import { CommentBodyField } from "./comment-body-field";
import { useDiscussion } from "./discussion-provider";
import { DiscardDraftPrompt, useDraftGuard } from "./draft-guard";

/**
 * Edits a comment in place, within the edit window; the server keeps the earlier version and
 * marks the comment "edited". A refusal (the window closed meanwhile) keeps the new text, and
 * Escape or Cancel ask before dropping changes.
 */
export function CommentEditForm({ commentId, body, onClose }: { commentId: string; body: string; onClose: () => void }) {
  const { refreshAndReveal, refreshing } = useDiscussion();
  const { form, submit, formError, pending } = useActionForm(editCommentSchema, editCommentAction, {
    defaultValues: { commentId, body },
    onSuccess: () => {
      onClose();
      refreshAndReveal(commentId);
    },
  });

  const draft = form.watch("body") ?? "";
  const guard = useDraftGuard({ hasDraft: draft !== body, onClose, focusEditor: () => form.setFocus("body") });

  return (
    <form onSubmit={submit} onKeyDown={guard.onKeyDown} noValidate className="mt-2 space-y-3" aria-label="Edit comment">
      {formError && <FormAlert>{formError}</FormAlert>}
      <CommentBodyField
        label="Edit your comment"
        value={draft}
        error={form.formState.errors.body?.message}
        textarea={{ ...form.register("body"), autoFocus: true }}
      />
      {guard.asking ? (
        <DiscardDraftPrompt what="changes" onKeep={guard.keepWriting} onDiscard={guard.discard} />
      ) : (
        <div className="flex items-center gap-2">
          <Button type="submit" size="sm" pending={pending || refreshing} pendingLabel="Saving…">
            Save changes
          </Button>
          <Button type="button" variant="quiet" size="sm" onClick={guard.requestClose}>
            Cancel
          </Button>
        </div>
      )}
    </form>
  );
}

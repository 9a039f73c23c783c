"use client";

import type { KeyboardEvent } from "react";
import { editCommentAction } from "@/lib/actions/comments";
import { useActionForm } from "@/lib/forms/use-action-form";
import { editCommentSchema } from "@/lib/validations/comment";
import { Button } from "@/components/forms/button";
import { FormAlert } from "@/components/forms/form-alert";
import { CommentBodyField } from "./comment-body-field";
import { useDiscussion } from "./discussion-provider";

/**
 * Edits a comment in place, within the edit window; the server keeps the earlier version and
 * marks the comment "edited". A refusal (the window closed meanwhile) keeps the new text.
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

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key === "Escape") {
      event.preventDefault();
      onClose();
    }
  }

  return (
    <form onSubmit={submit} onKeyDown={closeOnEscape} noValidate className="mt-2 space-y-3" aria-label="Edit comment">
      {formError && <FormAlert>{formError}</FormAlert>}
      <CommentBodyField
        label="Edit your comment"
        value={form.watch("body") ?? ""}
        error={form.formState.errors.body?.message}
        textarea={{ ...form.register("body"), autoFocus: true }}
      />
      <div className="flex items-center gap-2">
        <Button type="submit" size="sm" pending={pending || refreshing} pendingLabel="Saving…">
          Save changes
        </Button>
        <Button type="button" variant="quiet" size="sm" onClick={onClose}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

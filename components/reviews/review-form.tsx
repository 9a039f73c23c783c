"use client";

import { useRouter } from "next/navigation";
import { useId } from "react";
import Link from "next/link";
import { Controller, useWatch } from "react-hook-form";
import { createReviewAction, updateReviewAction } from "@/lib/actions/reviews";
import { useActionForm } from "@/lib/forms/use-action-form";
import { REVIEW_TITLE_MAX, reviewFormSchema, type ReviewFormInput } from "@/lib/validations/review";
import { Button } from "@/components/forms/button";
import { TextField } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { StarRatingInput } from "@/components/ui/star-rating-input";
import { ReviewBodyEditor } from "./review-body-editor";

/** Where the form saves: a new review of a film, or an edit of an existing one. */
export type ReviewFormTarget = { kind: "create"; filmId: string } | { kind: "edit"; reviewId: string };

const EMPTY: ReviewFormInput = { rating: null, title: "", body: "", hasSpoilers: false };

/** The result both actions share, so one form handles both. */
type Saved = { reviewId: string; alreadyExisted?: boolean };

function saveWith(target: ReviewFormTarget) {
  return target.kind === "create"
    ? (values: ReviewFormInput) => createReviewAction({ ...values, filmId: target.filmId })
    : (values: ReviewFormInput) => updateReviewAction({ ...values, reviewId: target.reviewId });
}

/**
 * Writing or editing a review: a half-star rating, an optional title, a Markdown body with a
 * preview, and the spoiler flag. The same zod schema checks it here and in the action. After
 * saving it opens the review, whose page tells its author if it was held for a moderator.
 */
export function ReviewForm({
  target,
  initial = EMPTY,
  onCancel,
  cancelHref,
}: {
  target: ReviewFormTarget;
  initial?: ReviewFormInput;
  /** Cancel in place (the film page's inline form)... */
  onCancel?: () => void;
  /** ...or by going back somewhere (the edit page). */
  cancelHref?: string;
}) {
  const router = useRouter();
  const ids = useId();
  const { form, submit, formError, pending } = useActionForm<typeof reviewFormSchema, Saved>(reviewFormSchema, saveWith(target), {
    defaultValues: initial,
    onSuccess: ({ reviewId, alreadyExisted }) => {
      // An earlier submission (another tab, a double click) already made it: open that one.
      // The action revalidated the review and film pages, so this shows them fresh.
      router.push(`/reviews/${reviewId}${alreadyExisted ? "?existing=1" : ""}`);
    },
  });
  const body = useWatch({ control: form.control, name: "body" }) ?? "";
  const { errors, isSubmitSuccessful } = form.formState;
  const busy = pending || isSubmitSuccessful;
  const creating = target.kind === "create";

  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      {formError && <FormAlert>{formError}</FormAlert>}

      <div className="space-y-2">
        <p id={`${ids}-rating`} className="text-sm font-medium text-ink">
          Your rating
        </p>
        <Controller
          control={form.control}
          name="rating"
          render={({ field }) => (
            <StarRatingInput
              value={field.value ?? null}
              onChange={field.onChange}
              focusRef={field.ref}
              labelledBy={`${ids}-rating`}
              describedBy={errors.rating ? `${ids}-rating-error` : `${ids}-rating-hint`}
              invalid={Boolean(errors.rating)}
              disabled={busy}
            />
          )}
        />
        {errors.rating ? (
          <p id={`${ids}-rating-error`} role="alert" className="text-sm text-red-700 dark:text-red-400">
            {errors.rating.message}
          </p>
        ) : (
          <p id={`${ids}-rating-hint`} className="text-xs text-muted">
            Half stars allowed. A rating on its own is fine; so is a review without one.
          </p>
        )}
      </div>

      <TextField
        label="Title (optional)"
        hint={`Up to ${REVIEW_TITLE_MAX} characters.`}
        maxLength={REVIEW_TITLE_MAX}
        autoComplete="off"
        error={errors.title?.message}
        {...form.register("title")}
      />

      <ReviewBodyEditor value={body} error={errors.body?.message} textarea={form.register("body")} />

      <div className="space-y-1">
        <label className="flex items-start gap-3 text-sm font-medium text-ink">
          <input
            type="checkbox"
            className="mt-0.5 size-4 shrink-0 accent-accent"
            aria-describedby={`${ids}-spoilers-hint`}
            {...form.register("hasSpoilers")}
          />
          Contains spoilers
        </label>
        <p id={`${ids}-spoilers-hint`} className="pl-7 text-xs text-muted">
          Hides the whole review behind a warning until a reader chooses to open it. For a single twist, an inline
          ||spoiler|| is enough.
        </p>
      </div>

      <div className="flex flex-wrap items-center gap-3 border-t border-line pt-5">
        <Button type="submit" pending={busy} pendingLabel={creating ? "Posting…" : "Saving…"}>
          {creating ? "Post review" : "Save changes"}
        </Button>
        {onCancel && (
          <Button type="button" variant="quiet" onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
        )}
        {cancelHref && (
          <Link href={cancelHref} className="rounded-lg px-4 py-2 text-sm font-medium text-muted hover:bg-sunken hover:text-ink">
            Cancel
          </Link>
        )}
      </div>
    </form>
  );
}

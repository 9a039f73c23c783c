import { z } from "zod";
import { idField, markdownText, storableText } from "./text";

/** Documented in the README: long enough for any essay-length review, short enough to render fast. */
export const REVIEW_BODY_MAX = 20_000;
export const REVIEW_TITLE_MAX = 150;

/** Half stars: 1 = ½ star … 10 = 5 stars; null = no rating. Integers only, never strings. */
export const ratingField = z
  .number({ error: "Choose a rating from ½ to 5 stars, or clear it." })
  .int("Ratings go in half stars.")
  .min(1, "The lowest rating is ½ star.")
  .max(10, "The highest rating is 5 stars.")
  .nullable();

const reviewFields = {
  rating: ratingField,
  title: storableText("The title")
    .transform((value) => value.trim())
    .refine((value) => value.length <= REVIEW_TITLE_MAX, `Titles can be at most ${REVIEW_TITLE_MAX} characters.`),
  body: markdownText({ max: REVIEW_BODY_MAX, label: "Your review" }),
  hasSpoilers: z.boolean(),
};

function ratingOrText(value: { rating: number | null; body: string }, ctx: z.RefinementCtx) {
  if (value.rating === null && value.body.length === 0) {
    ctx.addIssue({ code: "custom", path: ["rating"], message: "Give a rating, write a review, or both." });
  }
}

export const reviewFormSchema = z.object(reviewFields).superRefine(ratingOrText);
export type ReviewFormInput = z.input<typeof reviewFormSchema>;

export const createReviewSchema = z.object({ filmId: idField, ...reviewFields }).superRefine(ratingOrText);
export type CreateReviewInput = z.input<typeof createReviewSchema>;

export const updateReviewSchema = z.object({ reviewId: idField, ...reviewFields }).superRefine(ratingOrText);
export type UpdateReviewInput = z.input<typeof updateReviewSchema>;

export const reviewIdSchema = z.object({ reviewId: idField });

import { z } from "zod";
import { idField, markdownText } from "./text";

export const COMMENT_BODY_MAX = 10_000;

const body = markdownText({ max: COMMENT_BODY_MAX, label: "Your comment", required: true });

export const commentFormSchema = z.object({
  body,
  /** Honeypot: hidden from people, filled in by bots. */
  website: z.string().max(0, "Leave this field empty.").optional(),
});
export type CommentFormInput = z.input<typeof commentFormSchema>;

export const postCommentSchema = commentFormSchema.extend({
  reviewId: idField,
  parentId: idField.nullable().optional(),
});
export type PostCommentInput = z.input<typeof postCommentSchema>;

export const editCommentSchema = z.object({ commentId: idField, body });
export type EditCommentInput = z.input<typeof editCommentSchema>;

export const commentIdSchema = z.object({ commentId: idField });

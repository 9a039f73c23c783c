import { z } from "zod";
import { honeypotField } from "./account";
import { idField, markdownText } from "./text";

export const COMMENT_BODY_MAX = 10_000;

const body = markdownText({ max: COMMENT_BODY_MAX, label: "Your comment", required: true });

export const commentFormSchema = z.object({
  body,
  website: honeypotField,
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

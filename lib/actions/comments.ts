"use server";

import { fail, ok } from "@/lib/action-result";
import { defineAction, SIGNED_IN } from "@/lib/actions/action-client";
import { insertComment } from "@/lib/comments/insert-comment";
import { readPostingContext } from "@/lib/comments/posting-context";
import { applyCommentUnpublished } from "@/lib/comments/publish-effects";
import { commentRateProblem } from "@/lib/comments/spam-guards";
import { editRateProblem } from "@/lib/content/edit-limits";
import { holdReason } from "@/lib/content/hold-rules";
import { db } from "@/lib/db";
import { pluralize } from "@/lib/format/counts";
import { getSettings } from "@/lib/settings";
import { verifiedEmailProblem } from "@/lib/users/verified-email-rule";
import { commentIdSchema, editCommentSchema, postCommentSchema } from "@/lib/validations/comment";

const NOT_YOURS = "That comment doesn't exist or isn't yours.";

// No revalidatePath here: review pages are shared by every reader of an audience and expired
// by database triggers (see lib/page-cache/shared-page-cache.mjs). Revalidating would also render the
// live page (not the shared one the member is looking at), possibly very long, into every
// action's response. The discussion refreshes itself (usePageRefresh).

export const postCommentAction = defineAction({ schema: postCommentSchema, access: SIGNED_IN }, async (input, caller) => {
  // The busiest write, in three statements after the caller's: everything the checks read,
  // both rate limits, and the comment with its count and notifications.
  const parentId = input.parentId ?? null;
  const context = await readPostingContext({ authorId: caller.id, reviewId: input.reviewId, parentId, body: input.body });
  const { review, parent, settings } = context;
  if (!review) return fail("This review isn't open for comments.");
  const unverified = verifiedEmailProblem(settings, caller);
  if (unverified) return fail(unverified);
  if (parentId && !parent) return fail("The comment you're replying to isn't available.", { parentId: ["Unknown comment."] });
  if (context.isDuplicate) {
    return fail("You just posted the same comment. Edit that one instead.", { body: ["Duplicate of your recent comment."] });
  }
  // Only a comment that passed every other check counts against the limits.
  const rateProblem = await commentRateProblem(caller.id);
  if (rateProblem) return fail(rateProblem);

  const heldReason = holdReason(input.body, settings, { isFirstPost: !context.hasPublished });
  const comment = await insertComment({
    reviewId: review.id,
    authorId: caller.id,
    parentId: parent?.id ?? null,
    rootId: parent ? (parent.rootId ?? parent.id) : null,
    // Past the configured depth a reply is stored at the cap; the thread continues on the
    // parent's own page ("continue this thread").
    depth: parent ? Math.min(parent.depth + 1, settings.replyDepth) : 0,
    body: input.body,
    heldReason,
    parentAuthorId: parent?.authorId ?? null,
    reviewAuthorId: review.authorId,
  });
  return ok({ commentId: comment.id, state: comment.state, heldReason });
});

export const editCommentAction = defineAction({ schema: editCommentSchema, access: SIGNED_IN }, async (input, caller) => {
  const settings = await getSettings();
  const current = await db.comment.findFirst({
    where: { id: input.commentId, authorId: caller.id, state: { in: ["PUBLISHED", "PENDING"] } },
    select: { id: true, body: true, reviewId: true, createdAt: true, state: true, stateReason: true },
  });
  if (!current) return fail(NOT_YOURS);
  const windowEnds = current.createdAt.getTime() + settings.editWindowMinutes * 60_000;
  if (Date.now() > windowEnds) {
    return fail(
      settings.editWindowMinutes === 0
        ? "Comments can't be edited once posted."
        : `Comments can be edited for ${pluralize(settings.editWindowMinutes, "minute")} after posting.`,
    );
  }
  if (current.body === input.body) return ok({ commentId: current.id, state: current.state, heldReason: current.stateReason });
  const rateProblem = await editRateProblem("comment", caller.id);
  if (rateProblem) return fail(rateProblem);

  // An edit goes through the same link and blocked-word rules as a new comment, so a clean
  // comment can't be turned into spam after it was published.
  const held = holdReason(input.body, settings, { isFirstPost: false });
  const state = held ? "PENDING" : current.state;
  const stateReason = held ?? current.stateReason;
  const saved = await db.$transaction(async (tx) => {
    // Conditional on the state we read: a moderator's decision in between wins over the edit.
    const { count } = await tx.comment.updateMany({
      where: { id: current.id, state: current.state },
      data: { body: input.body, editedAt: new Date(), state, stateReason },
    });
    if (count === 0) return false;
    await tx.commentRevision.create({ data: { commentId: current.id, editorId: caller.id, body: current.body } });
    if (current.state === "PUBLISHED" && state === "PENDING") await applyCommentUnpublished(tx, current.reviewId);
    return true;
  });
  if (!saved) return fail("A moderator just acted on this comment. Reload the page to see it.");
  return ok({ commentId: current.id, state, heldReason: state === "PENDING" ? stateReason : null });
});

export const deleteCommentAction = defineAction({ schema: commentIdSchema, access: SIGNED_IN }, async (input, caller) => {
  const result = await db.$transaction(async (tx) => {
    const current = await tx.comment.findFirst({
      where: { id: input.commentId, authorId: caller.id, state: { not: "DELETED" } },
      select: { id: true, state: true, reviewId: true },
    });
    if (!current) return null;
    // Conditional on the state we read, so two simultaneous deletes count down only once.
    const { count } = await tx.comment.updateMany({
      where: { id: current.id, state: current.state },
      data: { state: "DELETED", deletedAt: new Date() },
    });
    if (count === 0) return null;
    if (current.state === "PUBLISHED") await applyCommentUnpublished(tx, current.reviewId);
    return current;
  });
  if (!result) return fail(NOT_YOURS);
  return ok({ commentId: result.id });
});

export const toggleCommentUpvoteAction = defineAction({ schema: commentIdSchema, access: SIGNED_IN }, async (input, caller) => {
  const comment = await db.comment.findFirst({ where: { id: input.commentId, state: "PUBLISHED" }, select: { id: true, authorId: true, reviewId: true } });
  if (!comment) return fail("That comment isn't available.");
  if (comment.authorId === caller.id) return fail("You can't upvote your own comment.");

  const upvoted = await db.$transaction(async (tx) => {
    const removed = await tx.vote.deleteMany({ where: { userId: caller.id, commentId: comment.id } });
    if (removed.count > 0) {
      await tx.comment.update({ where: { id: comment.id }, data: { upvoteCount: { decrement: removed.count } } });
      return false;
    }
    const added = await tx.vote.createMany({ data: [{ userId: caller.id, commentId: comment.id }], skipDuplicates: true });
    if (added.count > 0) await tx.comment.update({ where: { id: comment.id }, data: { upvoteCount: { increment: added.count } } });
    return true;
  });
  return ok({ upvoted });
});

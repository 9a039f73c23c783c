import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getCommentLocation, getCommentSubtree } from "@/lib/queries/comments";
import { getReviewById } from "@/lib/queries/reviews";
import { liveViewer, renderedViewerLayer, viewerUser } from "@/lib/page-cache/page-viewer";
import { getSettings } from "@/lib/settings";
import { creditName } from "@/lib/format/credit";
import { reviewTitle } from "@/lib/format/review-title";
import { PageContainer } from "@/components/layout/page-container";
import { CommentPageContext } from "@/components/comments/comment-page-context";
import { CommentThread } from "@/components/comments/comment-thread";
import { DiscussionProvider } from "@/components/comments/discussion-provider";
import type { ThreadContext } from "@/components/comments/thread-context";
import { ServerViewerLayer } from "@/lib/page-cache/viewer-layer-provider";
import { pageMetadata } from "../../../site-metadata";

interface CommentPageProps {
  params: Promise<{ id: string }>;
}

/** The comment and its review, or a 404 when either is missing or not published. */
async function loadPlace(id: string) {
  const location = await getCommentLocation(id);
  const review = location ? await getReviewById(location.reviewId) : null;
  if (!location || !review) notFound();
  return { location, review };
}

export async function generateMetadata({ params }: CommentPageProps): Promise<Metadata> {
  await connection();
  const { id } = await params;
  const { review } = await loadPlace(id);
  const title = `Comment on “${reviewTitle(review)}”`;
  return {
    ...pageMetadata({ title, description: `A thread in the discussion of ${reviewTitle(review)}, a review of ${review.film.title} by ${creditName(review.credit)}.`, path: `/comments/${id}` }),
    // The review page holds the same comments; this page is a view onto part of it.
    robots: { index: false, follow: true },
  };
}

/**
 * A comment's own page: its permalink, and where a thread continues past the depth cap.
 * Depth counts again from this comment, which is highlighted.
 */
export default async function CommentPage({ params }: CommentPageProps) {
  await connection();
  const { id } = await params;
  const { location, review } = await loadPlace(id);
  const [viewer, settings] = await Promise.all([liveViewer(), getSettings()]);
  const user = viewerUser(viewer);
  const [subtree, layer] = await Promise.all([getCommentSubtree(id, user?.id ?? null), renderedViewerLayer(viewer, { kind: "review", id: review.id })]);
  if (!subtree) notFound();

  const context: ThreadContext = {
    reviewId: review.id,
    replyDepth: settings.replyDepth,
    viewer: !user ? "guest" : user.isBanned ? "suspended" : "member",
    pagePath: `/comments/${id}`,
    now: new Date(),
    focusedId: id,
  };

  return (
    <PageContainer width="reading" className="pt-10 sm:pt-14">
      <nav aria-label="Breadcrumb" className="text-sm">
        <ol className="flex flex-wrap items-center gap-2 text-muted">
          <li>
            <Link href={`/films/${review.film.slug}`} className="rounded-sm underline-offset-4 hover:text-ink hover:underline">
              {review.film.title}
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li>
            <Link href={`/reviews/${review.id}`} className="rounded-sm font-medium text-ink underline-offset-4 hover:underline">
              {reviewTitle(review)}
            </Link>
          </li>
        </ol>
      </nav>
      <h1 className="mt-6 font-serif text-2xl font-semibold tracking-tight sm:text-3xl">
        {subtree.kind === "comment" ? `${creditName(subtree.credit)}’s comment` : "A thread"}
      </h1>
      <div className="mt-3">
        <CommentPageContext
          commentId={id}
          reviewId={review.id}
          reviewLabel={`“${reviewTitle(review)}”`}
          parentId={location.parentId}
          parentCredit={location.parentCredit}
        />
      </div>
      <section aria-label="Thread" className="mt-8 border-t border-line pt-4">
        <ServerViewerLayer layer={layer}>
          <DiscussionProvider>
            <CommentThread threads={[subtree]} context={context} />
          </DiscussionProvider>
        </ServerViewerLayer>
      </section>
      <p className="mt-10 text-sm">
        <Link href={`/reviews/${review.id}#comments`} className="rounded-sm font-medium text-accent-text underline-offset-4 hover:underline">
          ← All comments on this review
        </Link>
      </p>
    </PageContainer>
  );
}

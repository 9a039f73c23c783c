import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getReviewById } from "@/lib/queries/reviews";
import { getReviewCommentThread } from "@/lib/queries/comments";
import { creditName } from "@/lib/format/credit";
import { countReplies } from "@/lib/comments/build-thread";
import { markdownExcerpt } from "@/lib/format/excerpt";
import { reviewTitle } from "@/lib/format/review-title";
import { MarkdownContent } from "@/lib/markdown";
import { PageContainer } from "@/components/layout/page-container";
import { CommentThread } from "@/components/comments/comment-thread";
import { AuthorBio } from "@/components/reviews/author-bio";
import { ReviewHeader } from "@/components/reviews/review-header";
import { SourceLink } from "@/components/reviews/source-link";
import { pageMetadata } from "../../../site-metadata";

interface ReviewPageProps {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: ReviewPageProps): Promise<Metadata> {
  await connection();
  const review = await getReviewById((await params).id);
  if (!review) notFound();
  const film = review.film.year ? `${review.film.title} (${review.film.year})` : review.film.title;
  const author = creditName(review.credit);
  const description = review.hasSpoilers
    ? `A review of ${film} by ${author}. Contains spoilers.`
    : markdownExcerpt(review.body, 30) || `A review of ${film} by ${author}.`;
  const publishedTime = review.date.kind === "posted" ? review.date.at : review.date.on;
  return pageMetadata({
    title: `${reviewTitle(review)} — ${film}`,
    description,
    path: `/reviews/${review.id}`,
    openGraph: {
      type: "article",
      authors: [author],
      ...(publishedTime ? { publishedTime: publishedTime.toISOString() } : {}),
    },
  });
}

export default async function ReviewPage({ params }: ReviewPageProps) {
  await connection();
  const review = await getReviewById((await params).id);
  if (!review) notFound();
  const comments = await getReviewCommentThread(review.id);
  const commentTotal = comments.reduce((sum, thread) => sum + 1 + countReplies(thread), 0);
  const filmLabel = review.film.year ? `${review.film.title} (${review.film.year})` : review.film.title;

  return (
    <PageContainer width="reading" className="pt-10 sm:pt-14">
      <nav aria-label="Breadcrumb" className="text-sm">
        <ol className="flex flex-wrap items-center gap-2 text-muted">
          <li>
            <Link href="/films" className="rounded-sm underline-offset-4 hover:text-ink hover:underline">
              Films
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li>
            <Link href={`/films/${review.film.slug}`} className="rounded-sm font-medium text-ink underline-offset-4 hover:underline">
              {filmLabel}
            </Link>
          </li>
        </ol>
      </nav>

      <article className="mt-8">
        <ReviewHeader review={review} />
        {review.hasSpoilers && (
          <p role="note" className="mt-8 rounded-lg border border-accent/40 bg-accent-soft/60 px-4 py-3 text-sm text-ink">
            <strong className="font-semibold">Spoiler warning.</strong> This review discusses the plot of {review.film.title}.
          </p>
        )}
        {review.body.trim() ? (
          <MarkdownContent markdown={review.body} variant="review" className="mt-10 text-ink" />
        ) : (
          <p className="mt-10 text-muted italic">A rating without a written review.</p>
        )}
        <footer className="mt-12 space-y-4">
          <AuthorBio credit={review.credit} />
          <SourceLink url={review.sourceUrl} />
        </footer>
      </article>

      <section aria-labelledby="comments-heading" className="mt-16 border-t border-line pt-10">
        <h2 id="comments-heading" className="text-lg font-semibold tracking-tight">
          Comments
          {commentTotal > 0 && <span className="ml-1 font-normal text-muted tabular-nums">{commentTotal}</span>}
        </h2>
        <div className="mt-4">
          <CommentThread comments={comments} />
        </div>
      </section>
    </PageContainer>
  );
}

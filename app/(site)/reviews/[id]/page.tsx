import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getReviewForViewer, hasMarkedHelpful } from "@/lib/queries/review-page";
import { creditName } from "@/lib/format/credit";
import { markdownExcerpt } from "@/lib/format/excerpt";
import { reviewTitle } from "@/lib/format/review-title";
import { isStaff } from "@/lib/permissions";
import { getCurrentUser } from "@/lib/session";
import { JsonLd } from "@/lib/seo/json-ld";
import { reviewJsonLd } from "@/lib/seo/review-json-ld";
import { PageContainer } from "@/components/layout/page-container";
import { ReviewDiscussion } from "@/components/comments/review-discussion";
import { FormAlert } from "@/components/forms/form-alert";
import { AuthorBio } from "@/components/reviews/author-bio";
import { DeletedReviewNotice } from "@/components/reviews/deleted-review-notice";
import { ReviewActions } from "@/components/reviews/review-actions";
import { ReviewBody } from "@/components/reviews/review-body";
import { ReviewBreadcrumb } from "@/components/reviews/review-breadcrumb";
import { ReviewHeader } from "@/components/reviews/review-header";
import { ReviewStateNotice } from "@/components/reviews/review-state-notice";
import { SourceLink } from "@/components/reviews/source-link";
import { pageMetadata } from "../../../site-metadata";

interface ReviewPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The review as the current visitor may see it (published, their own, or a deleted notice), or null. */
async function loadReview(id: string) {
  const viewer = await getCurrentUser();
  const data = await getReviewForViewer(id, viewer?.id ?? null, viewer ? isStaff(viewer.role) : false);
  return { viewer, data };
}

export async function generateMetadata({ params }: ReviewPageProps): Promise<Metadata> {
  await connection();
  const { data } = await loadReview((await params).id);
  if (!data) notFound();
  if (data.kind === "deleted") {
    return { title: "Deleted review", description: "This review was deleted by its author.", robots: { index: false } };
  }
  const review = data.review;
  const film = review.film.year ? `${review.film.title} (${review.film.year})` : review.film.title;
  const author = creditName(review.credit);
  const description = review.hasSpoilers
    ? `A review of ${film} by ${author}. Contains spoilers.`
    : markdownExcerpt(review.body, 30) || `A review of ${film} by ${author}.`;
  const publishedTime = review.date.kind === "posted" ? review.date.at : review.date.on;
  return {
    ...pageMetadata({
      title: `${reviewTitle(review)} — ${film}`,
      description,
      path: `/reviews/${review.id}`,
      openGraph: {
        type: "article",
        authors: [author],
        ...(publishedTime ? { publishedTime: publishedTime.toISOString() } : {}),
      },
    }),
    // Held and hidden reviews are shown to their author only; keep them out of any index.
    ...(review.state === "PUBLISHED" ? {} : { robots: { index: false } }),
  };
}

export default async function ReviewPage({ params, searchParams }: ReviewPageProps) {
  await connection();
  const { viewer, data } = await loadReview((await params).id);
  if (!data) notFound();
  if (data.kind === "deleted") {
    return (
      <PageContainer width="reading" className="pt-10 sm:pt-14">
        <ReviewBreadcrumb film={data.film} />
        <DeletedReviewNotice film={data.film} />
      </PageContainer>
    );
  }

  const review = data.review;
  const voted = viewer && !review.isOwn ? await hasMarkedHelpful(review.id, viewer.id) : false;
  const cameBackToExisting = (await searchParams).existing === "1" && review.isOwn;

  return (
    <PageContainer width="reading" className="pt-10 sm:pt-14">
      {review.state === "PUBLISHED" && <JsonLd data={reviewJsonLd(review)} />}
      <ReviewBreadcrumb film={review.film} />
      {cameBackToExisting && (
        <div className="mt-6">
          <FormAlert tone="info">You had already reviewed this film, so here is that review. Edit it to change anything.</FormAlert>
        </div>
      )}
      <ReviewStateNotice review={review} />

      <article className="mt-8">
        <ReviewHeader review={review} />
        <ReviewBody review={review} />
        <ReviewActions review={review} viewer={viewer} voted={voted} />
        <footer className="mt-8 space-y-4 empty:hidden">
          <AuthorBio credit={review.credit} />
          <SourceLink url={review.sourceUrl} />
        </footer>
      </article>

      {/* Only published reviews take comments; their author sees a held or hidden one without a thread. */}
      {review.state === "PUBLISHED" && <ReviewDiscussion reviewId={review.id} searchParams={searchParams} />}
    </PageContainer>
  );
}

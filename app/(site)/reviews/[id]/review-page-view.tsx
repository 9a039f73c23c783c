import { notFound } from "next/navigation";
import { renderedViewerLayer, viewerUser, type PageViewer } from "@/lib/page-cache/page-viewer";
import { isStaff } from "@/lib/permissions";
import { getReviewForViewer } from "@/lib/queries/review-page";
import { JsonLd } from "@/lib/seo/json-ld";
import { reviewJsonLd } from "@/lib/seo/review-json-ld";
import { PageContainer } from "@/components/layout/page-container";
import { LegacyCommentAnchor } from "@/components/comments/legacy-comment-anchor";
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
import { ServerViewerLayer } from "@/lib/page-cache/viewer-layer-provider";

type SearchParams = Record<string, string | string[] | undefined>;

/** A review page, live or shared (app/shared): the review, its actions and its discussion. */
export async function ReviewPageView({ id, searchParams, viewer }: { id: string; searchParams: SearchParams; viewer: PageViewer }) {
  const user = viewerUser(viewer);
  const [data, layer] = await Promise.all([
    getReviewForViewer(id, user?.id ?? null, user ? isStaff(user.role) : false),
    renderedViewerLayer(viewer, { kind: "review", id }),
  ]);
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
  const cameBackToExisting = searchParams.existing === "1" && review.isOwn;

  return (
    <ServerViewerLayer layer={layer}>
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
          <ReviewActions review={{ id: review.id, published: review.state === "PUBLISHED", helpfulCount: review.helpfulCount }} />
          <footer className="mt-8 space-y-4 empty:hidden">
            <AuthorBio credit={review.credit} />
            <SourceLink url={review.sourceUrl} />
          </footer>
        </article>

        {/* Only published reviews take comments; their author sees a held or hidden one without a thread. */}
        {review.state === "PUBLISHED" && <ReviewDiscussion reviewId={review.id} searchParams={searchParams} viewer={viewer} />}
        {review.state === "PUBLISHED" && <LegacyCommentAnchor reviewId={review.id} />}
      </PageContainer>
    </ServerViewerLayer>
  );
}

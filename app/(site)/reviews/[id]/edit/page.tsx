import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { signInHref } from "@/components/auth/auth-links";
import { FormAlert } from "@/components/forms/form-alert";
import { PageContainer } from "@/components/layout/page-container";
import { ReviewBreadcrumb } from "@/components/reviews/review-breadcrumb";
import { ReviewForm } from "@/components/reviews/review-form";
import { getOwnReviewForEdit } from "@/lib/queries/own-reviews";
import { getCurrentUser } from "@/lib/session";
import { banMessage } from "@/lib/users/ban";

export const metadata: Metadata = { title: "Edit your review", robots: { index: false } };

interface EditReviewPageProps {
  params: Promise<{ id: string }>;
}

/** The author's own review in the review form. Anyone else gets the same 404 as a missing review. */
export default async function EditReviewPage({ params }: EditReviewPageProps) {
  await connection();
  const { id } = await params;
  const viewer = await getCurrentUser();
  if (!viewer) redirect(signInHref(`/reviews/${encodeURIComponent(id)}/edit`));
  const review = await getOwnReviewForEdit(id, viewer.id);
  if (!review) notFound();

  return (
    <PageContainer width="reading" className="pt-10 sm:pt-14">
      <ReviewBreadcrumb film={review.film} review={{ id: review.id, label: "Your review" }} />
      <h1 className="mt-6 font-serif text-4xl font-semibold tracking-tight text-balance">Edit your review of {review.film.title}</h1>
      <p className="mt-2 text-muted">Earlier versions stay in the review&rsquo;s history, where readers can see what changed.</p>
      <div className="mt-8 rounded-xl border border-line bg-surface p-5 sm:p-6">
        {viewer.isBanned ? (
          <FormAlert>{banMessage(viewer)} Suspended accounts can&rsquo;t edit reviews.</FormAlert>
        ) : (
          <ReviewForm
            target={{ kind: "edit", reviewId: review.id }}
            initial={{ rating: review.rating, title: review.title ?? "", body: review.body, hasSpoilers: review.hasSpoilers }}
            cancelHref={`/reviews/${review.id}`}
          />
        )}
      </div>
    </PageContainer>
  );
}

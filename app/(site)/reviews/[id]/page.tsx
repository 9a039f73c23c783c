import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getReviewForViewer } from "@/lib/queries/review-page";
import { creditName } from "@/lib/format/credit";
import { markdownExcerpt } from "@/lib/format/excerpt";
import { reviewTitle } from "@/lib/format/review-title";
import { isStaff } from "@/lib/permissions";
import { getCurrentUser } from "@/lib/session";
import { liveViewer } from "@/lib/page-cache/page-viewer";
import { pageMetadata } from "../../../site-metadata";
import { ReviewPageView } from "./review-page-view";

interface ReviewPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The review as the current visitor may see it (published, their own, or a deleted notice), or null. */
async function loadReview(id: string) {
  const viewer = await getCurrentUser();
  return getReviewForViewer(id, viewer?.id ?? null, viewer ? isStaff(viewer.role) : false);
}

export async function generateMetadata({ params }: ReviewPageProps): Promise<Metadata> {
  await connection();
  const data = await loadReview((await params).id);
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
  return <ReviewPageView id={(await params).id} searchParams={await searchParams} viewer={await liveViewer()} />;
}

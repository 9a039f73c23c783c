import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageContainer } from "@/components/layout/page-container";
import { ReviewBreadcrumb } from "@/components/reviews/review-breadcrumb";
import { ReviewVersionChange } from "@/components/reviews/review-version-change";
import { EmptyState } from "@/components/ui/empty-state";
import { formatExactDateTime } from "@/lib/format/dates";
import { reviewTitle } from "@/lib/format/review-title";
import { isStaff } from "@/lib/permissions";
import { getReviewHistory } from "@/lib/queries/review-history";
import { getCurrentUser } from "@/lib/session";

interface HistoryPageProps {
  params: Promise<{ id: string }>;
}

async function loadHistory(id: string) {
  const viewer = await getCurrentUser();
  return getReviewHistory(id, viewer?.id ?? null, viewer ? isStaff(viewer.role) : false);
}

export async function generateMetadata({ params }: HistoryPageProps): Promise<Metadata> {
  await connection();
  const history = await loadHistory((await params).id);
  if (!history) notFound();
  return {
    title: `History of “${reviewTitle(history.review)}”`,
    description: `Every version of a review of ${history.review.film.title}, and what each edit changed.`,
    robots: { index: false },
  };
}

/** Every edit of a review, newest first, each as the change from one version to the next. */
export default async function ReviewHistoryPage({ params }: HistoryPageProps) {
  await connection();
  const history = await loadHistory((await params).id);
  if (!history) notFound();
  const { review, versions } = history;
  const first = versions[0]!;
  const edits = versions.slice(1).map((after, index) => ({ number: index + 1, before: versions[index]!, after })).reverse();
  const mentionsSpoilers = versions.some((version) => version.hasSpoilers || version.body.includes("||"));

  return (
    <PageContainer width="reading" className="pt-10 sm:pt-14">
      <ReviewBreadcrumb film={review.film} review={{ id: review.id, label: reviewTitle(review) }} />
      <h1 className="mt-6 font-serif text-4xl font-semibold tracking-tight text-balance">Edit history</h1>
      <p className="mt-2 text-muted">
        {edits.length === 0
          ? "This review has not been edited."
          : `${edits.length === 1 ? "One edit" : `${edits.length} edits`}, newest first. Removed words are struck through; added ones are highlighted.`}
      </p>
      {mentionsSpoilers && (
        <p role="note" className="mt-4 rounded-lg border border-accent/40 bg-accent-soft/60 px-4 py-3 text-sm text-ink">
          <strong className="font-semibold">Spoilers ahead.</strong> The history shows the text as it was written, spoilers included.
        </p>
      )}

      {edits.length === 0 ? (
        <div className="mt-8">
          <EmptyState title="No earlier versions">What you read on the review page is what was first posted.</EmptyState>
        </div>
      ) : (
        <ol className="mt-8 space-y-6">
          {edits.map((edit, index) => (
            <li key={edit.number}>
              <ReviewVersionChange number={edit.number} before={edit.before} after={edit.after} isCurrent={index === 0} />
            </li>
          ))}
        </ol>
      )}
      <p className="mt-8 text-sm text-muted">
        {review.credit.kind === "user" ? (
          <>
            First posted <time dateTime={first.writtenAt.toISOString()}>{formatExactDateTime(first.writtenAt)}</time>.
          </>
        ) : (
          "Imported from its original publication."
        )}
      </p>
    </PageContainer>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { PageContainer } from "@/components/layout/page-container";
import { EditList, editHref } from "@/components/reviews/edit-list";
import { ReviewBreadcrumb } from "@/components/reviews/review-breadcrumb";
import { ReviewVersionChange } from "@/components/reviews/review-version-change";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { SectionHeading } from "@/components/ui/section-heading";
import { pluralize } from "@/lib/format/counts";
import { formatExactDateTime } from "@/lib/format/dates";
import { reviewTitle } from "@/lib/format/review-title";
import { isStaff } from "@/lib/permissions";
import { parsePageParam } from "@/lib/queries/paging";
import { getReviewHistory, type HistoryQuery } from "@/lib/queries/review-history";
import { getCurrentUser } from "@/lib/session";

type SearchParams = Record<string, string | string[] | undefined>;

interface HistoryPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}

/** `?edit=12&page=2` → which edit and which page of the list; anything malformed is left out. */
function historyQuery(params: SearchParams): HistoryQuery {
  const edit = Array.isArray(params.edit) ? params.edit[0] : params.edit;
  return {
    edit: edit && /^\d{1,6}$/.test(edit) ? Number(edit) : undefined,
    page: params.page === undefined ? undefined : parsePageParam(params.page),
  };
}

/** Once per request, for the metadata and the page alike: the arguments are plain values, so React's cache matches them. */
const historyFor = cache(async (id: string, edit: number | undefined, page: number | undefined) => {
  const viewer = await getCurrentUser();
  return getReviewHistory(id, viewer?.id ?? null, viewer ? isStaff(viewer.role) : false, { edit, page });
});

async function loadHistory({ params, searchParams }: HistoryPageProps) {
  await connection();
  const { edit, page } = historyQuery(await searchParams);
  const history = await historyFor((await params).id, edit, page);
  if (!history) notFound();
  return history;
}

export async function generateMetadata(props: HistoryPageProps): Promise<Metadata> {
  const { review } = await loadHistory(props);
  return {
    title: `History of “${reviewTitle(review)}”`,
    description: `Every version of a review of ${review.film.title}, and what each edit changed.`,
    robots: { index: false },
  };
}

/**
 * A review's edits, newest first: one edit in full (the newest, or the one chosen), and a paged
 * list of them all. One pair of versions is compared per view, so a long history costs no more.
 */
export default async function ReviewHistoryPage(props: HistoryPageProps) {
  const { review, firstPostedAt, edits, selected } = await loadHistory(props);
  const mentionsSpoilers = selected !== null && [selected.before, selected.after].some((version) => version.hasSpoilers || version.body.includes("||"));
  const neighbour = "inline-flex items-center gap-1.5 rounded-lg px-3 py-2 text-sm font-medium text-ink hover:bg-sunken";

  return (
    <PageContainer width="reading" className="pt-10 sm:pt-14">
      <ReviewBreadcrumb film={review.film} review={{ id: review.id, label: reviewTitle(review) }} />
      <h1 className="mt-6 font-serif text-4xl font-semibold tracking-tight text-balance">Edit history</h1>
      <p className="mt-2 text-muted">
        {selected === null
          ? "This review has not been edited."
          : `${edits.total === 1 ? "One edit" : pluralize(edits.total, "edit")}. Removed words are struck through; added ones are highlighted.`}
      </p>
      {mentionsSpoilers && (
        <p role="note" className="mt-4 rounded-lg border border-accent/40 bg-accent-soft/60 px-4 py-3 text-sm text-ink">
          <strong className="font-semibold">Spoilers ahead.</strong> The history shows the text as it was written, spoilers included.
        </p>
      )}

      {selected === null ? (
        <div className="mt-8">
          <EmptyState title="No earlier versions">What you read on the review page is what was first posted.</EmptyState>
        </div>
      ) : (
        <>
          <div className="mt-8">
            <ReviewVersionChange edit={selected} isCurrent={selected.number === edits.total} />
          </div>
          {edits.total > 1 && (
            <nav aria-label="Neighbouring edits" className="mt-3 flex flex-wrap justify-between gap-2">
              {selected.number > 1 ? (
                <Link href={editHref(review.id, selected.number - 1)} rel="prev" className={neighbour}>
                  <span aria-hidden="true">←</span> Older edit
                </Link>
              ) : (
                <span />
              )}
              {selected.number < edits.total && (
                <Link href={editHref(review.id, selected.number + 1)} rel="next" className={neighbour}>
                  Newer edit <span aria-hidden="true">→</span>
                </Link>
              )}
            </nav>
          )}
          {edits.total > 1 && (
            <section aria-labelledby="all-edits" className="mt-12">
              <SectionHeading id="all-edits">
                All edits <span className="ml-1 font-normal text-muted tabular-nums">{edits.total}</span>
              </SectionHeading>
              <EditList reviewId={review.id} edits={edits.items} selected={selected.number} />
              <Pagination basePath={`/reviews/${review.id}/history`} page={edits.page} pageCount={edits.pageCount} label="Pages of edits" />
            </section>
          )}
        </>
      )}
      <p className="mt-8 text-sm text-muted">
        {review.credit.kind === "user" ? (
          <>
            First posted <time dateTime={firstPostedAt.toISOString()}>{formatExactDateTime(firstPostedAt)}</time>.
          </>
        ) : (
          "Imported from its original publication."
        )}
      </p>
    </PageContainer>
  );
}

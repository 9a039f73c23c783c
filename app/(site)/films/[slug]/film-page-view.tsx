import { notFound, redirect } from "next/navigation";
import { renderedViewerLayer, type PageViewer } from "@/lib/page-cache/page-viewer";
import { getFilmBySlug } from "@/lib/queries/films";
import { getFilmScore } from "@/lib/queries/film-scores";
import { listFilmReviews } from "@/lib/queries/reviews";
import { DEFAULT_REVIEW_SORT, parseReviewSort } from "@/lib/queries/review-sort";
import { pagedPath, parsePageParam } from "@/lib/queries/paging";
import { JsonLd } from "@/lib/seo/json-ld";
import { movieJsonLd } from "@/lib/seo/movie-json-ld";
import { PageContainer } from "@/components/layout/page-container";
import { FilmFacts } from "@/components/films/film-facts";
import { ScoreSummaryPanel } from "@/components/films/score-summary";
import { ReviewList } from "@/components/reviews/review-list";
import { ReviewSortLinks } from "@/components/reviews/review-sort-links";
import { Pagination } from "@/components/ui/pagination";
import { YourReviewSlot } from "@/components/reviews/your-review-slot";
import { ServerViewerLayer } from "@/lib/page-cache/viewer-layer-provider";
import { EmptyState } from "@/components/ui/empty-state";
import { SectionHeading } from "@/components/ui/section-heading";

type SearchParams = Record<string, string | string[] | undefined>;

export function filmHeading(film: { title: string; year: number | null }): string {
  return film.year ? `${film.title} (${film.year})` : film.title;
}

/** A film page, live or shared (app/shared): facts, scores, the reader's own review, and the reviews. */
export async function FilmPageView({ slug, searchParams: query, viewer }: { slug: string; searchParams: SearchParams; viewer: PageViewer }) {
  const film = await getFilmBySlug(slug);
  if (!film) notFound();

  const sort = parseReviewSort(query.sort);
  // Scores are computed per request, so a review just posted counts at once.
  const [scores, reviews, layer] = await Promise.all([
    getFilmScore(film.id),
    listFilmReviews(film.id, sort, parsePageParam(query.page)),
    renderedViewerLayer(viewer, { kind: "film", slug: film.slug }),
  ]);
  const basePath = `/films/${film.slug}`;
  const sortParams = { sort: sort === DEFAULT_REVIEW_SORT ? undefined : sort };
  // A page past the end is the last page: a redirect, which the page cache never keeps, so a
  // made-up page number is no cache entry of its own (lib/page-cache/shared-routes.ts).
  if (reviews.page > reviews.pageCount) redirect(pagedPath(basePath, sortParams, reviews.pageCount));

  return (
    <ServerViewerLayer layer={layer}>
      <PageContainer className="pt-12 sm:pt-16">
        <JsonLd data={movieJsonLd(film, scores.community)} />
        <header className="max-w-3xl">
          <p className="text-sm font-medium text-muted">
            Film{film.year ? ` · ${film.year}` : ""}
            {film.director ? ` · ${film.director}` : ""}
          </p>
          <h1 className="mt-2 font-serif text-5xl leading-none font-semibold tracking-tight sm:text-6xl">{film.title}</h1>
          {film.logline && (
            <p className="mt-5 max-w-[60ch] font-serif text-xl leading-relaxed text-ink/90 italic">{film.logline}</p>
          )}
          <div className="mt-8">
            <FilmFacts film={film} />
          </div>
        </header>

        <div className="mt-14 grid gap-12 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-16">
          {/* First in the source (a summary before the detail); beside the reviews on wide screens. */}
          <aside aria-labelledby="scores-heading" className="lg:col-start-2 lg:row-start-1">
            <div className="lg:sticky lg:top-8">
              <SectionHeading id="scores-heading">Scores</SectionHeading>
              <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-1">
                <ScoreSummaryPanel side="critics" summary={scores.critics} />
                <ScoreSummaryPanel side="community" summary={scores.community} />
              </div>
            </div>
          </aside>

          <section aria-labelledby="reviews-heading" className="min-w-0 lg:col-start-1 lg:row-start-1">
            <div className="mb-10">
              <YourReviewSlot film={{ id: film.id, slug: film.slug, title: film.title }} />
            </div>
            <SectionHeading
              id="reviews-heading"
              aside={reviews.total > 1 ? <ReviewSortLinks basePath={basePath} current={sort} /> : undefined}
            >
              Reviews <span className="ml-1 font-normal text-muted tabular-nums">{reviews.total}</span>
            </SectionHeading>
            <ReviewList
              reviews={reviews.items}
              empty={
                <EmptyState title="No reviews yet — be the first">
                  Nobody has reviewed {film.title} yet. Yours could start the conversation.
                </EmptyState>
              }
            />
            <Pagination
              basePath={basePath}
              params={sortParams}
              page={reviews.page}
              pageCount={reviews.pageCount}
              label="Review pages"
            />
          </section>
        </div>
      </PageContainer>
    </ServerViewerLayer>
  );
}

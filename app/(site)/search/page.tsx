import type { Metadata } from "next";
import { connection } from "next/server";
import { PageContainer } from "@/components/layout/page-container";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { SectionHeading } from "@/components/ui/section-heading";
import { pluralize } from "@/lib/format/counts";
import { parsePageParam } from "@/lib/queries/paging";
import { normalizeSearchQuery, searchSite } from "@/lib/queries/search";
import { FilmHitCard } from "./_components/film-hit-card";
import { ReviewHitCard } from "./_components/review-hit-card";
import { SearchBox } from "./_components/search-box";

interface SearchPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const query = normalizeSearchQuery((await searchParams).q);
  return {
    title: query ? `“${query}” — Search` : "Search",
    description: "Search Marquee's films and reviews.",
    // Result pages are endless variations of the same content.
    robots: { index: false, follow: true },
  };
}

/** /search?q=…: full-text search over films and published reviews. */
export default async function SearchPage({ searchParams }: SearchPageProps) {
  await connection();
  const params = await searchParams;
  const results = await searchSite(params.q, parsePageParam(params.page));
  const { query, films, reviews } = results;
  const nothing = query && films.length === 0 && reviews.total === 0;

  return (
    <PageContainer width="reading" className="pt-12 sm:pt-16">
      <h1 className="font-serif text-4xl font-semibold tracking-tight">Search</h1>
      <div className="mt-6">
        <SearchBox query={query} />
      </div>

      {!query && (
        <p className="mt-6 text-muted">Search film titles, directors and cast, and the words of every published review.</p>
      )}

      {query && !nothing && (
        <p role="status" className="mt-6 text-sm text-muted">
          {[films.length > 0 && pluralize(films.length, "film"), pluralize(reviews.total, "review")].filter(Boolean).join(" and ")} for “
          <span className="text-ink">{query}</span>”
        </p>
      )}

      {nothing && (
        <div className="mt-8" role="status">
          <EmptyState title={`No results for “${query}”`}>
            Try fewer or different words, or check the spelling. Put a phrase in &ldquo;quotes&rdquo; to find it exactly.
          </EmptyState>
        </div>
      )}

      {films.length > 0 && (
        <section aria-labelledby="film-results" className="mt-10">
          <SectionHeading id="film-results">Films</SectionHeading>
          <ul className="grid gap-4">
            {films.map((film) => (
              <li key={film.id}>
                <FilmHitCard film={film} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {query && reviews.total > 0 && (
        <section aria-labelledby="review-results" className="mt-10">
          <SectionHeading id="review-results">
            Reviews <span className="ml-1 font-normal text-muted tabular-nums">{reviews.total}</span>
          </SectionHeading>
          {reviews.items.length > 0 ? (
            <ol className="divide-y divide-line border-y border-line">
              {reviews.items.map((review) => (
                <li key={review.id}>
                  <ReviewHitCard review={review} />
                </li>
              ))}
            </ol>
          ) : (
            <EmptyState title="No reviews on this page">The results end on page {reviews.pageCount}.</EmptyState>
          )}
          <Pagination basePath="/search" params={{ q: query }} page={reviews.page} pageCount={reviews.pageCount} label="Result pages" />
        </section>
      )}
    </PageContainer>
  );
}

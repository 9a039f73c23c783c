import { FormAlert } from "@/components/forms/form-alert";
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { listFilms } from "@/lib/queries/films";
import { getFilmScores } from "@/lib/queries/film-scores";
import { listLatestReviews } from "@/lib/queries/reviews";
import { PageContainer } from "@/components/layout/page-container";
import { FilmCard } from "@/components/films/film-card";
import { ReviewList } from "@/components/reviews/review-list";
import { EmptyState } from "@/components/ui/empty-state";
import { SectionHeading } from "@/components/ui/section-heading";
import { pageMetadata, SITE_DESCRIPTION, SITE_NAME } from "../site-metadata";

const HOME_FILMS = 6;
const HOME_REVIEWS = 8;

export const metadata: Metadata = {
  ...pageMetadata({ title: SITE_NAME, description: SITE_DESCRIPTION, path: "/" }),
  title: { absolute: `${SITE_NAME} — film reviews from critics and the community` },
};

export default async function HomePage({ searchParams }: { searchParams: Promise<{ account?: string | string[] }> }) {
  await connection();
  const { account } = await searchParams;
  const [films, latest] = await Promise.all([listFilms(HOME_FILMS), listLatestReviews(HOME_REVIEWS)]);
  const scores = await getFilmScores(films.map((film) => film.id));

  return (
    <PageContainer className="pt-12 sm:pt-16">
      {account === "deleted" && (
        <div className="mb-10 max-w-2xl">
          <FormAlert tone="success">
            Your account is deleted. Your reviews and comments stay, credited to “[deleted user]”; everything that identified you is gone.
          </FormAlert>
        </div>
      )}
      <header className="max-w-2xl">
        <h1 className="font-serif text-4xl leading-[1.1] font-semibold tracking-tight text-balance sm:text-5xl">
          Reviews worth reading, and the conversation after.
        </h1>
        <p className="mt-4 text-lg text-muted">
          Critics and the community, side by side, with a thread under every review.
        </p>
      </header>

      <div className="mt-14 grid gap-12 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)] lg:gap-16">
        <section aria-labelledby="films-heading">
          <SectionHeading
            id="films-heading"
            aside={
              <Link href="/films" className="rounded-sm text-sm font-medium text-accent-text underline-offset-4 hover:underline">
                All films →
              </Link>
            }
          >
            Films
          </SectionHeading>
          {films.length === 0 ? (
            <EmptyState title="No films yet">An admin can add the first one.</EmptyState>
          ) : (
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-1">
              {films.map((film) => (
                <li key={film.id}>
                  <FilmCard film={film} scores={scores.get(film.id)!} />
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="latest-heading">
          <SectionHeading id="latest-heading">Latest reviews</SectionHeading>
          <ReviewList
            reviews={latest}
            showFilm
            empty={<EmptyState title="No reviews yet — be the first">Pick a film and share what you thought.</EmptyState>}
          />
        </section>
      </div>
    </PageContainer>
  );
}

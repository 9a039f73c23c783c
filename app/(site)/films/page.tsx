import type { Metadata } from "next";
import { connection } from "next/server";
import { listFilms } from "@/lib/queries/films";
import { getFilmScores } from "@/lib/queries/film-scores";
import { PageContainer } from "@/components/layout/page-container";
import { FilmCard } from "@/components/films/film-card";
import { EmptyState } from "@/components/ui/empty-state";
import { pageMetadata } from "../../site-metadata";

export const metadata: Metadata = pageMetadata({
  title: "Films",
  description: "Every film on Marquee, with its critics' and community scores.",
  path: "/films",
});

export default async function FilmsPage() {
  await connection();
  const films = await listFilms();
  const scores = await getFilmScores(films.map((film) => film.id));

  return (
    <PageContainer className="pt-12 sm:pt-16">
      <h1 className="font-serif text-4xl font-semibold tracking-tight">Films</h1>
      <p className="mt-2 text-muted">Critics&rsquo; and community scores for every film on Marquee.</p>
      <div className="mt-10">
        {films.length === 0 ? (
          <EmptyState title="No films yet">An admin can add the first one.</EmptyState>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {films.map((film) => (
              <li key={film.id}>
                <FilmCard film={film} scores={scores.get(film.id)!} headingLevel="h2" />
              </li>
            ))}
          </ul>
        )}
      </div>
    </PageContainer>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getFilmBySlug } from "@/lib/queries/films";
import { liveViewer } from "@/lib/page-cache/page-viewer";
import { pageMetadata } from "../../../site-metadata";
import { FilmPageView, filmHeading } from "./film-page-view";

interface FilmPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: FilmPageProps): Promise<Metadata> {
  await connection();
  const film = await getFilmBySlug((await params).slug);
  if (!film) notFound();
  const description =
    film.logline ?? `Critics' and community reviews of ${filmHeading(film)}${film.director ? `, directed by ${film.director}` : ""}.`;
  return pageMetadata({
    title: filmHeading(film),
    description,
    path: `/films/${film.slug}`,
    openGraph: { type: "video.movie" },
  });
}

export default async function FilmPage({ params, searchParams }: FilmPageProps) {
  await connection();
  return <FilmPageView slug={(await params).slug} searchParams={await searchParams} viewer={await liveViewer()} />;
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getAdminFilm } from "@/lib/queries/admin/films";
import { isoCalendarDate } from "@/lib/format/dates";
import { pluralize } from "@/lib/format/counts";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { FilmForm } from "@/components/admin/films/film-form";
import { requireStaffPage } from "../../staff-guard";

export const metadata: Metadata = { title: "Edit film" };

export default async function EditFilmPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaffPage(`/admin/films/${encodeURIComponent(id)}`, "ADMIN");
  const film = await getAdminFilm(id);
  if (!film) notFound();
  const defaults = {
    title: film.title,
    slug: film.slug,
    year: film.year ? String(film.year) : "",
    director: film.director ?? "",
    writer: film.writer ?? "",
    cast: film.cast.join("\n"),
    logline: film.logline ?? "",
    releaseDate: film.releaseDate ? isoCalendarDate(film.releaseDate) : "",
    releaseRegion: film.releaseRegion ?? "",
  };
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/films" className="text-muted underline-offset-4 hover:text-ink hover:underline">
          ← Films
        </Link>
      </p>
      <AdminPageHeader title={`Edit ${film.title}`}>
        <Link href={`/films/${film.slug}`} className="underline underline-offset-4">
          /films/{film.slug}
        </Link>{" "}
        · {pluralize(film._count.reviews, "review")} ·{" "}
        <Link href={`/admin/audit?target=FILM&targetId=${film.id}`} className="underline underline-offset-4">
          history
        </Link>
      </AdminPageHeader>
      <FilmForm filmId={film.id} defaults={defaults} />
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { FilmForm } from "@/components/admin/films/film-form";
import { requireStaffPage } from "../../staff-guard";

export const metadata: Metadata = { title: "Add a film" };

const EMPTY = { title: "", slug: "", year: "", director: "", writer: "", cast: "", logline: "", releaseDate: "", releaseRegion: "" };

export default async function NewFilmPage() {
  await requireStaffPage("/admin/films/new", "ADMIN");
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/films" className="text-muted underline-offset-4 hover:text-ink hover:underline">
          ← Films
        </Link>
      </p>
      <AdminPageHeader title="Add a film" />
      <FilmForm defaults={EMPTY} />
    </>
  );
}

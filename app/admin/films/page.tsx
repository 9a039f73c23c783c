import type { Metadata } from "next";
import Link from "next/link";
import { listAdminFilms } from "@/lib/queries/admin/films";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { FilmsTable } from "@/components/admin/films/films-table";
import { EmptyState } from "@/components/ui/empty-state";
import { requireStaffPage } from "../staff-guard";

export const metadata: Metadata = { title: "Films" };

const ADD = "inline-flex h-10 items-center rounded-lg bg-accent px-4 text-sm font-medium text-on-accent hover:bg-accent-hover";

export default async function AdminFilmsPage() {
  await requireStaffPage("/admin/films", "ADMIN");
  const films = await listAdminFilms();
  return (
    <>
      <AdminPageHeader title="Films" action={<Link href="/admin/films/new" className={ADD}>Add a film</Link>}>
        The films people can review. Each change is written to the audit log.
      </AdminPageHeader>
      {films.length === 0 ? <EmptyState title="No films yet">Add the first one to open it for reviews.</EmptyState> : <FilmsTable films={films} />}
    </>
  );
}

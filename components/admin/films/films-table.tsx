import Link from "next/link";
import type { AdminFilm } from "@/lib/queries/admin/films";
import { DataTable, TD, TH } from "../data-table";

export function FilmsTable({ films }: { films: AdminFilm[] }) {
  return (
    <DataTable caption="Films" minWidth="44rem" cards>
      <thead>
        <tr>
          <th scope="col" className={TH}>Title</th>
          <th scope="col" className={TH}>Year</th>
          <th scope="col" className={TH}>Director</th>
          <th scope="col" className={TH}>Address</th>
          <th scope="col" className={`${TH} text-right`}>Reviews</th>
          <th scope="col" className={TH}><span className="sr-only">Edit</span></th>
        </tr>
      </thead>
      <tbody>
        {films.map((film) => (
          <tr key={film.id} className="hover:bg-sunken/40">
            <td className={`${TD} font-medium text-ink`}>{film.title}</td>
            <td className={`${TD} tabular-nums`} data-label="Year" data-compact="">{film.year ?? "—"}</td>
            <td className={TD} data-label="Director" data-compact="">{film.director ?? "—"}</td>
            <td className={`${TD} break-words`} data-label="Address">
              <Link href={`/films/${film.slug}`} className="text-muted underline-offset-4 hover:text-ink hover:underline">
                /films/{film.slug}
              </Link>
            </td>
            <td className={`${TD} text-right tabular-nums`} data-label="Reviews" data-compact="">{film._count.reviews}</td>
            <td className={`${TD} text-right`} data-compact="">
              <Link href={`/admin/films/${film.id}`} className="inline-flex min-h-8 items-center rounded-md border border-line-strong px-2.5 py-1 text-sm font-medium hover:bg-sunken">
                Edit<span className="sr-only"> {film.title}</span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

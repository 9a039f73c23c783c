import Link from "next/link";
import type { ReviewFilm } from "@/lib/queries/reviews";

/**
 * What a deleted review's address shows: a plain statement instead of a 404, so links to it
 * (from notifications, feeds, other sites) still explain themselves. Nothing of the review
 * itself, its text or its discussion, is shown.
 */
export function DeletedReviewNotice({ film }: { film: ReviewFilm }) {
  const label = film.year ? `${film.title} (${film.year})` : film.title;
  return (
    <section aria-labelledby="deleted-heading" className="mt-8 rounded-xl border border-dashed border-line-strong px-6 py-10 text-center">
      <h1 id="deleted-heading" className="font-serif text-2xl font-semibold text-ink">
        This review was deleted by its author.
      </h1>
      <p className="mt-2 text-sm text-muted">
        Other reviews of{" "}
        <Link href={`/films/${film.slug}`} className="font-medium text-ink underline underline-offset-4">
          {label}
        </Link>{" "}
        are still there.
      </p>
    </section>
  );
}

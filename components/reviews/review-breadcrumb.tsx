import Link from "next/link";
import type { ReviewFilm } from "@/lib/queries/reviews";

/** Films / Her (2013) [/ the review]: where a review page sits. */
export function ReviewBreadcrumb({ film, review }: { film: ReviewFilm; review?: { id: string; label: string } }) {
  const filmLabel = film.year ? `${film.title} (${film.year})` : film.title;
  const link = "rounded-sm underline-offset-4 hover:text-ink hover:underline";
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap items-center gap-2 text-muted">
        <li>
          <Link href="/films" className={link}>
            Films
          </Link>
        </li>
        <li aria-hidden="true">/</li>
        <li>
          <Link href={`/films/${film.slug}`} className={review ? link : `${link} font-medium text-ink`}>
            {filmLabel}
          </Link>
        </li>
        {review && (
          <>
            <li aria-hidden="true">/</li>
            <li className="min-w-0">
              <Link href={`/reviews/${review.id}`} className={`${link} font-medium text-ink`}>
                {review.label}
              </Link>
            </li>
          </>
        )}
      </ol>
    </nav>
  );
}

import type { ReactNode } from "react";
import type { FilmDetail } from "@/lib/queries/films";
import { formatCalendarDate, isoCalendarDate } from "@/lib/format/dates";

/** Director, writer, release and cast, as a definition list; facts the film lacks are left out. */
export function FilmFacts({ film }: { film: FilmDetail }) {
  const facts: { term: string; detail: ReactNode }[] = [];
  if (film.director) facts.push({ term: "Directed by", detail: film.director });
  if (film.writer) facts.push({ term: "Written by", detail: film.writer });
  if (film.releaseDate) {
    facts.push({
      term: "Released",
      detail: (
        <>
          <time dateTime={isoCalendarDate(film.releaseDate)}>{formatCalendarDate(film.releaseDate)}</time>
          {film.releaseRegion && <span className="text-muted"> ({film.releaseRegion})</span>}
        </>
      ),
    });
  }
  if (film.cast.length > 0) facts.push({ term: "Cast", detail: film.cast.join(", ") });
  if (facts.length === 0) return null;

  return (
    <dl className="grid gap-x-8 gap-y-3 text-sm sm:grid-cols-[auto_1fr]">
      {facts.map(({ term, detail }) => (
        <div key={term} className="contents">
          <dt className="font-medium text-muted">{term}</dt>
          <dd className="-mt-2 text-ink sm:mt-0">{detail}</dd>
        </div>
      ))}
    </dl>
  );
}

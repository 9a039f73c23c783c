import Link from "next/link";
import type { FilmHit } from "@/lib/queries/search";
import { HighlightedText } from "./highlighted-text";

export function FilmHitCard({ film }: { film: FilmHit }) {
  return (
    <article className="group relative rounded-xl border border-line bg-surface p-5 transition-colors hover:border-line-strong">
      <h3 className="font-serif text-2xl font-semibold tracking-tight text-ink">
        <Link
          href={`/films/${film.slug}`}
          className="after:absolute after:inset-0 after:rounded-xl after:content-[''] group-hover:underline group-hover:decoration-star group-hover:decoration-2 group-hover:underline-offset-4 focus-visible:outline-none focus-visible:after:outline-2 focus-visible:after:outline-offset-2 focus-visible:after:outline-focus"
        >
          {film.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-muted">{[film.year, film.director && `Directed by ${film.director}`].filter(Boolean).join(" · ")}</p>
      {film.snippet && (
        <p className="mt-3 font-serif text-ink/85 italic">
          <HighlightedText parts={film.snippet} />
        </p>
      )}
    </article>
  );
}

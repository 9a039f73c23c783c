// Which film a WordPress post reviews: one whose title or slug equals one of the post's tags or
// categories, ignoring case, accents and punctuation ("Schindler’s List" = "schindlers-list").
import type { WxrTerm } from "./wxr-types";

export interface FilmRef {
  id: string;
  slug: string;
  title: string;
}

/** Apostrophes and quotes vanish ("Schindler’s" = "Schindlers"); other punctuation separates words. */
export function matchKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`´"“”]/g, "")
    .replace(/[\p{P}\p{S}\s]+/gu, " ")
    .trim();
}

/** The films, indexed by the keys of their titles and slugs. */
export class FilmIndex {
  private readonly byKey = new Map<string, FilmRef[]>();
  readonly byId = new Map<string, FilmRef>();

  constructor(films: readonly FilmRef[]) {
    for (const film of films) {
      this.byId.set(film.id, film);
      for (const key of new Set([matchKey(film.title), matchKey(film.slug)])) {
        if (!key) continue;
        const list = this.byKey.get(key) ?? [];
        list.push(film);
        this.byKey.set(key, list);
      }
    }
  }

  /** Every film one of the terms names, each once, in the order the terms name them. */
  filmsNamedBy(terms: readonly WxrTerm[]): FilmRef[] {
    const found = new Map<string, FilmRef>();
    for (const term of terms) {
      if (!isTagOrCategory(term)) continue;
      for (const text of [term.name, term.nicename]) {
        for (const film of text ? (this.byKey.get(matchKey(text)) ?? []) : []) found.set(film.id, film);
      }
    }
    return [...found.values()];
  }
}

function isTagOrCategory(term: WxrTerm): boolean {
  return term.domain === "category" || term.domain === "post_tag" || term.domain === "tag";
}

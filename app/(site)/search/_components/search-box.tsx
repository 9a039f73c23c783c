import { SEARCH_QUERY_MAX } from "@/lib/queries/search";

/** A plain GET form, so searching works without JavaScript and every search has an address. */
export function SearchBox({ query }: { query: string }) {
  return (
    <form role="search" action="/search" method="get" className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="flex-1 space-y-1.5">
        <label htmlFor="search-query" className="block text-sm font-medium text-ink">
          Search films and reviews
        </label>
        <input
          id="search-query"
          type="search"
          name="q"
          defaultValue={query}
          maxLength={SEARCH_QUERY_MAX}
          placeholder="A title, a director, a word from a review…"
          autoComplete="off"
          enterKeyHint="search"
          className="block h-11 w-full rounded-lg border border-line-strong bg-surface px-3 text-base text-ink shadow-xs focus-visible:outline-2 focus-visible:outline-offset-1"
        />
      </div>
      <button
        type="submit"
        className="h-11 rounded-lg bg-accent px-5 text-sm font-semibold text-on-accent transition-colors hover:bg-accent-hover"
      >
        Search
      </button>
    </form>
  );
}

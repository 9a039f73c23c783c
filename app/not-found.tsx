import type { Metadata } from "next";
import Link from "next/link";
import { PageContainer } from "@/components/layout/page-container";

export const metadata: Metadata = {
  title: "Page not found",
  description: "There is nothing at this address.",
};

/** Unknown URLs, films and reviews (including malformed ids) all land here, with a 404. */
export default function NotFound() {
  return (
    <PageContainer width="reading" className="pt-16 pb-8 sm:pt-24">
      <p className="text-sm font-semibold tracking-wide text-accent-text uppercase">404</p>
      <h1 className="mt-3 font-serif text-4xl font-semibold tracking-tight sm:text-5xl">This reel is missing.</h1>
      <p className="mt-4 max-w-[55ch] text-lg text-muted">
        We couldn&rsquo;t find that page. The link may be mistyped, or the review may have been removed.
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link
          href="/"
          className="rounded-lg bg-accent px-4 py-2.5 text-sm font-semibold text-on-accent transition-colors hover:bg-accent-hover"
        >
          Go to the home page
        </Link>
        <Link
          href="/films"
          className="rounded-lg border border-line-strong px-4 py-2.5 text-sm font-semibold text-ink transition-colors hover:bg-sunken"
        >
          Browse films
        </Link>
      </div>
    </PageContainer>
  );
}

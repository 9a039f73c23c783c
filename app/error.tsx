"use client";

import Link from "next/link";
import { useEffect } from "react";
import { PageContainer } from "@/components/layout/page-container";

/** Unexpected failures (the database is down, a bug). Says so plainly and offers a retry. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <PageContainer width="reading" className="pt-16 pb-8 sm:pt-24">
      <p className="text-sm font-semibold tracking-wide text-accent-text uppercase">Something went wrong</p>
      <h1 className="mt-3 font-serif text-4xl font-semibold tracking-tight sm:text-5xl">The projector jammed.</h1>
      <p className="mt-4 max-w-[55ch] text-lg text-muted">
        This page failed to load. It&rsquo;s not something you did; trying again usually helps.
      </p>
      {digest && <p className="mt-2 text-sm text-muted">Reference: {digest}</p>}
      <div className="mt-8 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded-lg bg-accent px-4 py-2.5 text-sm font-semibold text-on-accent transition-colors hover:bg-accent-hover"
        >
          Try again
        </button>
        <Link
          href="/"
          className="rounded-lg border border-line-strong px-4 py-2.5 text-sm font-semibold text-ink transition-colors hover:bg-sunken"
        >
          Go to the home page
        </Link>
      </div>
    </PageContainer>
  );
}

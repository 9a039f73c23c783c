"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { ImportProgress } from "@/lib/wordpress/import-types";
import { formatProgress } from "@/lib/wordpress/report-text";

const REFRESH_MS = 1_500;

/**
 * A step that is running (reading the file, importing it): how far it has got, refreshed from
 * the server every moment until it is done. The page itself is the source; nothing here
 * keeps state.
 */
export function ProgressPanel({ title, progress, note }: { title: string; progress: ImportProgress | null; note: string }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [router]);

  const fraction =
    progress?.phase === "importing" && progress.commentsTotal ? Math.min(1, progress.comments / progress.commentsTotal) : progress?.phase === "importing" && progress.postsTotal ? progress.posts / progress.postsTotal : null;
  return (
    <section aria-labelledby="progress-heading" className="rounded-lg border border-line bg-surface p-4">
      <h2 id="progress-heading" className="flex items-center gap-2 text-base font-semibold text-ink">
        <span aria-hidden className="size-3.5 animate-spin rounded-full border-2 border-accent border-r-transparent motion-reduce:animate-none" />
        {title}
      </h2>
      <div className="mt-3 flex flex-wrap items-center gap-3 text-sm text-muted">
        {fraction === null ? (
          <progress className="h-2 w-64 accent-accent" aria-label={title} />
        ) : (
          <progress className="h-2 w-64 accent-accent" value={fraction} max={1} aria-label={title} />
        )}
        <span role="status" className="tabular-nums">
          {progress ? formatProgress(progress) : "Starting…"}
        </span>
      </div>
      <p className="mt-2 text-xs text-muted">{note}</p>
    </section>
  );
}

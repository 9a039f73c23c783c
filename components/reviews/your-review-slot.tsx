"use client";

import { useViewerLayer } from "@/lib/page-cache/viewer-layer-provider";
import { banMessage } from "@/lib/users/ban";
import { YourReviewPanel, type ReviewerStanding } from "./your-review-panel";

/** Holds the panel's place on the shared member page until the viewer layer says where the member stands. */
function PanelPlaceholder() {
  return <div aria-hidden="true" className="h-28 rounded-xl border border-line bg-surface motion-safe:animate-pulse" />;
}

/**
 * The film page's place for the reader's own review (YourReviewPanel), from the viewer layer:
 * a live render brings it ready, the shared member page waits for it.
 */
export function YourReviewSlot({ film }: { film: { id: string; slug: string; title: string } }) {
  const { status, account, film: personal } = useViewerLayer();
  if (status === "loading" || status === "off") return <PanelPlaceholder />;
  if (status === "failed") {
    return (
      <p role="alert" className="rounded-xl border border-line bg-surface p-5 text-sm text-muted">
        Your review of {film.title} couldn&rsquo;t be loaded.{" "}
        <a href={`/films/${film.slug}`} className="font-medium text-accent-text underline underline-offset-4">
          Reload the page
        </a>
      </p>
    );
  }
  const ownReview = personal?.filmSlug === film.slug ? personal.ownReview : null;
  let standing: ReviewerStanding;
  if (!account) standing = { kind: "guest" };
  else if (account.suspension) {
    const { until, reason } = account.suspension;
    standing = { kind: "suspended", message: banMessage({ bannedAt: new Date(0), bannedUntil: until ? new Date(until) : null, banReason: reason }), ownReview };
  } else standing = account.mustVerifyEmail ? { kind: "unverified", ownReview } : { kind: "member", ownReview };
  return <YourReviewPanel film={film} standing={standing} />;
}

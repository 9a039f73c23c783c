"use client";

import { useEffect } from "react";

/**
 * An old WordPress link to a comment (`…/some-review/#comment-123`) arrives here through its
 * 301 with the fragment kept. The comment carries that anchor when this page shows it; when it
 * doesn't (another page of threads, past the reply depth), go to the comment's own page.
 */
export function LegacyCommentAnchor({ reviewId }: { reviewId: string }) {
  useEffect(() => {
    const match = /^#comment-(\d{1,12})$/.exec(window.location.hash);
    if (!match || document.getElementById(`comment-${match[1]}`)) return;
    window.location.replace(`/reviews/${encodeURIComponent(reviewId)}/wordpress-comments/${match[1]}`);
  }, [reviewId]);
  return null;
}

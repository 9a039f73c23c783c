"use client";

import { SignInPrompt } from "@/components/auth/sign-in-prompt";
import { VerifyToPostNotice } from "@/components/email/verify-to-post-notice";
import { useViewerLayer } from "@/lib/page-cache/viewer-layer-provider";
import { formatExactDateTime } from "@/lib/format/dates";
import type { ViewerAccount } from "@/lib/page-cache/viewer-layer";
import { CommentForm } from "./comment-form";

/** A suspended member is told why they can't comment, and until when. */
function SuspendedNotice({ suspension }: { suspension: NonNullable<ViewerAccount["suspension"]> }) {
  return (
    <div role="note" className="rounded-xl border border-accent/50 bg-accent-soft/60 px-5 py-4 text-sm text-ink">
      <p className="font-semibold">
        You can&apos;t comment while your account is suspended
        {suspension.until ? ` (until ${formatExactDateTime(new Date(suspension.until))})` : ""}.
      </p>
      <p className="mt-1">
        <span className="font-medium">Reason:</span> {suspension.reason?.trim() || "No reason was given."}
      </p>
    </div>
  );
}

/**
 * What sits under the review: the comment form, or why there is none, from the viewer layer.
 * (Suspended members, and unconfirmed ones while the site requires a confirmed address, never
 * get the shared member page, lib/page-cache/page-audience.ts: until its layer arrives, the form.)
 */
export function CommentComposer({ reviewId }: { reviewId: string }) {
  const { status, account } = useViewerLayer();
  if (!account && (status === "ready" || status === "off")) return <SignInPrompt action="comment" />;
  if (account?.suspension) return <SuspendedNotice suspension={account.suspension} />;
  if (account?.mustVerifyEmail) return <VerifyToPostNotice action="comment" />;
  return (
    <div className="rounded-xl border border-line bg-surface p-4 sm:p-5">
      <CommentForm reviewId={reviewId} />
    </div>
  );
}

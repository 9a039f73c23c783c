import { SignInPrompt } from "@/components/auth/sign-in-prompt";
import { formatExactDateTime } from "@/lib/format/dates";
import type { PageViewer } from "@/lib/page-viewer";
import type { CurrentUser } from "@/lib/session";
import type { Settings } from "@/lib/settings";
import { verifiedEmailProblem } from "@/lib/users/verified-email-rule";
import { VerifyToPostNotice } from "@/components/email/verify-to-post-notice";
import { CommentForm } from "./comment-form";

/** A suspended member is told why they can't comment, and until when. */
function SuspendedNotice({ user }: { user: CurrentUser }) {
  return (
    <div role="note" className="rounded-xl border border-accent/50 bg-accent-soft/60 px-5 py-4 text-sm text-ink">
      <p className="font-semibold">
        You can&apos;t comment while your account is suspended
        {user.bannedUntil ? ` (until ${formatExactDateTime(user.bannedUntil)})` : ""}.
      </p>
      <p className="mt-1">
        <span className="font-medium">Reason:</span> {user.banReason?.trim() || "No reason was given."}
      </p>
    </div>
  );
}

/**
 * What sits under the review: the comment form, or why there is none. (Suspended members, and
 * unconfirmed ones while the site requires a confirmed address, never get the shared member
 * page: lib/cache/page-audience.ts.)
 */
export function CommentComposer({ reviewId, viewer, settings }: { reviewId: string; viewer: PageViewer; settings: Settings }) {
  if (viewer.kind === "guest") return <SignInPrompt action="comment" />;
  if (viewer.kind === "user" && viewer.user.isBanned) return <SuspendedNotice user={viewer.user} />;
  if (viewer.kind === "user" && verifiedEmailProblem(settings, viewer.user)) return <VerifyToPostNotice action="comment" />;
  return (
    <div className="rounded-xl border border-line bg-surface p-4 sm:p-5">
      <CommentForm reviewId={reviewId} />
    </div>
  );
}

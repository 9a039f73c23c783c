import { ResendVerificationButton } from "./resend-verification-button";

/** Where a form would be, while the site requires a confirmed address and the member's isn't. */
export function VerifyToPostNotice({ action }: { action: "comment" | "review" }) {
  return (
    <div role="note" className="rounded-xl border border-accent/50 bg-accent-soft/60 px-5 py-4 text-sm text-ink">
      <p className="font-semibold">Confirm your email address to {action === "comment" ? "comment" : "review films"}</p>
      <p className="mt-1 text-muted">
        This site asks members to confirm their address before posting. We sent you a link when you signed up; if you can&rsquo;t find it, send a new one.
      </p>
      <div className="mt-3">
        <ResendVerificationButton />
      </div>
    </div>
  );
}

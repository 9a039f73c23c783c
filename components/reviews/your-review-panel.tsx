import Link from "next/link";
import { SignInPrompt } from "@/components/auth/sign-in-prompt";
import { VerifyToPostNotice } from "@/components/email/verify-to-post-notice";
import { WriteReviewPanel } from "./write-review-panel";

const STATE_NOTE = {
  PUBLISHED: null,
  PENDING: "It is waiting for a moderator, so only you can see it for now.",
  HIDDEN: "A moderator has hidden it; only you can see it.",
} as const;

const BOX = "rounded-xl border border-line bg-surface p-5 sm:p-6";

export interface OwnReviewSummary {
  id: string;
  state: keyof typeof STATE_NOTE;
}

/** Where the reader stands with a film, as far as reviewing it goes. */
export type ReviewerStanding =
  | { kind: "guest" }
  | { kind: "suspended"; message: string; ownReview: OwnReviewSummary | null }
  /** The site requires a confirmed address to post, and theirs isn't. */
  | { kind: "unverified"; ownReview: OwnReviewSummary | null }
  | { kind: "member"; ownReview: OwnReviewSummary | null };

/**
 * The film page's place for the reader's own review: an invitation to sign in, the form to
 * write one, or a way to their review when they have written it (one per member per film).
 * Suspended members are told why they can't review instead.
 */
export function YourReviewPanel({ film, standing }: { film: { id: string; title: string }; standing: ReviewerStanding }) {
  if (standing.kind === "guest") return <SignInPrompt action="review" />;
  const own = standing.ownReview;

  if (standing.kind === "suspended") {
    return (
      <section aria-labelledby="your-review-heading" className={BOX}>
        <h3 id="your-review-heading" className="font-semibold text-ink">
          You can&rsquo;t review films right now
        </h3>
        <p className="mt-1 text-sm text-muted">{standing.message}</p>
        {own && (
          <p className="mt-3 text-sm">
            <Link href={`/reviews/${own.id}`} className="font-medium text-accent-text underline underline-offset-4">
              Read your review
            </Link>
          </p>
        )}
      </section>
    );
  }

  if (standing.kind === "unverified" && !own) return <VerifyToPostNotice action="review" />;
  if (!own) return <WriteReviewPanel filmId={film.id} filmTitle={film.title} />;

  const note = STATE_NOTE[own.state];
  return (
    <section aria-labelledby="your-review-heading" className={`${BOX} flex flex-wrap items-center justify-between gap-4`}>
      <div>
        <h3 id="your-review-heading" className="font-serif text-xl font-semibold text-ink">
          You reviewed {film.title}
        </h3>
        <p className="mt-0.5 text-sm text-muted">{note ?? "Changed your mind? Every edit keeps the earlier version."}</p>
      </div>
      <div className="flex flex-wrap gap-2">
        <Link
          href={`/reviews/${own.id}`}
          className="rounded-lg border border-line-strong bg-surface px-4 py-2 text-sm font-medium text-ink transition-colors hover:bg-sunken"
        >
          View your review
        </Link>
        <Link
          href={`/reviews/${own.id}/edit`}
          className="rounded-lg bg-accent px-4 py-2 text-sm font-medium text-on-accent transition-colors hover:bg-accent-hover"
        >
          Edit your review
        </Link>
      </div>
    </section>
  );
}

import Link from "next/link";
import type { ProfileComment } from "@/lib/queries/users";
import { MetaLine } from "@/components/ui/meta-line";
import { RelativeTime } from "@/components/ui/relative-time";

/** A recent comment on a profile: an excerpt, and where it was said, linking to the comment itself. */
export function ProfileCommentItem({ comment, now }: { comment: ProfileComment; now: Date }) {
  return (
    <article className="group relative py-4">
      <p className="max-w-[68ch] text-[0.9375rem] leading-relaxed text-ink">
        <Link
          href={`/reviews/${comment.reviewId}#c-${comment.id}`}
          className="after:absolute after:inset-y-0 after:-inset-x-3 after:content-[''] group-hover:underline group-hover:decoration-star group-hover:underline-offset-4 focus-visible:outline-none focus-visible:after:rounded-lg focus-visible:after:outline-2 focus-visible:after:outline-focus"
        >
          {comment.excerpt || "(no text)"}
        </Link>
      </p>
      <MetaLine className="mt-1.5 text-sm text-muted">
        <span>
          on <span className="font-medium text-ink">{comment.reviewTitle}</span>, a review of {comment.filmTitle}
        </span>
        <RelativeTime date={comment.createdAt} now={now} />
      </MetaLine>
    </article>
  );
}

import { StretchedLink } from "@/components/ui/stretched-link";
import type { ProfileComment } from "@/lib/queries/users";
import { MetaLine } from "@/components/ui/meta-line";
import { RelativeTime } from "@/components/ui/relative-time";

/** A recent comment on a profile: an excerpt, and where it was said, linking to the comment itself. */
export function ProfileCommentItem({ comment, now }: { comment: ProfileComment; now: Date }) {
  return (
    <article className="group relative py-4">
      <p className="max-w-[68ch] text-[0.9375rem] leading-relaxed text-ink">
        <StretchedLink href={`/reviews/${comment.reviewId}#c-${comment.id}`}>
          {comment.excerpt || "(no text)"}
        </StretchedLink>
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

import { pluralize } from "@/lib/format/counts";

// `.up` (app/globals.css) draws the arrow before the count.

/** The upvote count where voting isn't possible: your own comment, or a suspended account. */
export function UpvoteCount({ count }: { count: number }) {
  return (
    <span className="up" title="Upvotes">
      {count}
      <span className="sr-only">{count === 1 ? " upvote" : " upvotes"}</span>
    </span>
  );
}

/** For signed-out readers: the count, as a link to sign in that brings them back here. */
export function UpvoteSignIn({ count, href }: { count: number; href: string }) {
  return (
    <a className="up" href={href} aria-label={`Sign in to upvote (${pluralize(count, "upvote")})`}>
      {count}
    </a>
  );
}

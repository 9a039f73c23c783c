// `.up` (app/globals.css) draws the arrow before the count.

/** The upvote count where voting isn't possible: signed out, your own comment, or a suspended account. */
export function UpvoteCount({ count }: { count: number }) {
  return (
    <span className="up" title="Upvotes">
      {count}
      <span className="sr-only">{count === 1 ? " upvote" : " upvotes"}</span>
    </span>
  );
}

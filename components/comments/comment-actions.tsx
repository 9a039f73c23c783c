import Link from "next/link";
import { signInHref } from "@/components/auth/auth-links";
import { UpvoteCount } from "./upvote-count";
import type { CommentData, ThreadSettings } from "./thread-data";

/**
 * The actions of a comment for readers who can't act on it, as plain markup: a signed-out
 * reader gets Reply as a link to sign in, which brings them back to this comment; both they and
 * a suspended member see the upvote count once there is one (as a number: one sign-in link per
 * comment is enough weight on a long thread), and the link to the comment's own page.
 * Members get CommentControls instead.
 */
export function CommentActions({ comment, settings }: { comment: CommentData; settings: ThreadSettings }) {
  const { upvotes = 0 } = comment;
  const published = !comment.status;
  const signIn = settings.viewer === "guest" && published ? signInHref(`${settings.pagePath}#c-${comment.id}`) : null;
  return (
    <footer>
      {signIn && <a href={signIn}>Reply</a>}
      {/* A reader who can't vote gains nothing from "0". */}
      {published && upvotes > 0 && <UpvoteCount count={upvotes} />}
      <Link href={`/comments/${comment.id}`} aria-label="Link to this comment">
        Link
      </Link>
    </footer>
  );
}

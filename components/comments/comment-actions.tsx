import Link from "next/link";
import { signInHref } from "@/components/auth/auth-links";
import { UpvoteCount, UpvoteSignIn } from "./upvote-count";
import type { CommentData, ThreadSettings } from "./thread-data";

/**
 * The actions of a comment for readers who can't act on it, as plain markup: a signed-out
 * reader gets Reply and the upvote count as links to sign in, which bring them back to this
 * comment; a suspended member sees the count. Both get the link to the comment's own page.
 * Members get CommentControls instead.
 */
export function CommentActions({ comment, settings }: { comment: CommentData; settings: ThreadSettings }) {
  const { upvotes = 0 } = comment;
  const published = !comment.status;
  const signIn = settings.viewer === "guest" && published ? signInHref(`${settings.pagePath}#c-${comment.id}`) : null;
  return (
    <footer>
      {signIn && <a href={signIn}>Reply</a>}
      {!published ? null : signIn ? <UpvoteSignIn count={upvotes} href={signIn} /> : <UpvoteCount count={upvotes} />}
      <Link href={`/comments/${comment.id}`} aria-label="Link to this comment">
        Link
      </Link>
    </footer>
  );
}

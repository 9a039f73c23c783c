import Link from "next/link";
import { pluralize } from "@/lib/format/counts";
import { CommentArticle } from "./comment-article";
import { CommentPlaceholderView } from "./comment-placeholder";
import { countReplies, isPlaceholder, type ThreadNodeData, type ThreadSettings } from "./thread-data";

/**
 * A comment's replies in a <details open>: collapsing works with no JavaScript, and the
 * summary says how many replies the collapse hides. The stylesheet shows the first text while
 * collapsed and the second while open, and draws the chevron.
 */
function Replies({ node, replies, level, ...shared }: { node: ThreadNodeData; replies: readonly ThreadNodeData[]; level: number; settings: ThreadSettings; interactive: boolean }) {
  const hidden = pluralize(countReplies(node), "reply", "replies");
  return (
    <details open>
      <summary>
        <span>{`${hidden} hidden`}</span>
        <span>{`Collapse ${hidden}`}</span>
      </summary>
      <ol>
        {replies.map((reply) => (
          <CommentItem key={reply.id} node={reply} level={level + 1} {...shared} />
        ))}
      </ol>
    </details>
  );
}

/** At the depth cap, a thread carries on on the capped comment's own page. */
function ContinueThread({ id, count }: { id: string; count: number }) {
  return (
    <p className="more">
      <Link href={`/comments/${id}`}>{`Continue this thread (${pluralize(count, "more reply", "more replies")}) →`}</Link>
    </p>
  );
}

/**
 * One comment (or the placeholder of a removed one) and the replies below it. `id="c-<id>"`
 * is the permalink anchor and where focus lands after posting; `level` counts from the top of
 * the rendered thread. `interactive`: the page is hydrated (see ThreadView).
 */
export function CommentItem({ node, level, settings, interactive }: { node: ThreadNodeData; level: number; settings: ThreadSettings; interactive: boolean }) {
  return (
    <li id={`c-${node.id}`} tabIndex={-1}>
      {isPlaceholder(node) ? (
        <CommentPlaceholderView removedBy={node.removedBy} />
      ) : (
        <CommentArticle comment={node} settings={settings} atDepthCap={level >= settings.replyDepth} interactive={interactive} />
      )}
      {node.more ? <ContinueThread id={node.id} count={node.more} /> : null}
      {node.replies?.length ? <Replies node={node} replies={node.replies} level={level} settings={settings} interactive={interactive} /> : null}
    </li>
  );
}

import Link from "next/link";
import { countReplies } from "@/lib/comments/build-thread";
import type { ThreadEntryNode } from "@/lib/comments/thread-view";
import { pluralize } from "@/lib/format/counts";
import { CommentArticle } from "./comment-article";
import { CommentPlaceholderView } from "./comment-placeholder";
import type { ThreadContext } from "./thread-context";

/** The guide line and indent of one level: small enough that depth 5 stays readable on a phone. */
const NESTED_LIST = "ml-1.5 border-l border-line-strong/70 pl-2.5 sm:ml-2 sm:pl-5";

function Chevron() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="size-3 transition-transform motion-reduce:transition-none [details[open]>summary>&]:rotate-90">
      <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * A comment's replies in a <details open>: collapsing works with no JavaScript, and the
 * summary says how many replies the collapse hides. Its styles look at this <details> only
 * (`details[open]>summary>…`), never at an open ancestor further up the thread.
 */
function Replies({ node, level, context }: { node: ThreadEntryNode; level: number; context: ThreadContext }) {
  const hidden = pluralize(countReplies(node), "reply", "replies");
  return (
    <details open>
      <summary className="ml-0.5 inline-flex min-h-7 cursor-pointer list-none items-center gap-1 rounded-md px-1 text-xs font-medium text-muted transition-colors select-none hover:text-ink sm:ml-1 [&::-webkit-details-marker]:hidden">
        <Chevron />
        <span className="[details[open]>summary>&]:hidden">{hidden} hidden</span>
        <span className="hidden [details[open]>summary>&]:inline">Collapse {hidden}</span>
      </summary>
      <ol className={NESTED_LIST}>
        {node.replies.map((reply) => (
          <CommentItem key={reply.id} node={reply} level={level + 1} context={context} />
        ))}
      </ol>
    </details>
  );
}

/** At the depth cap, a thread carries on on the capped comment's own page. */
function ContinueThread({ node }: { node: ThreadEntryNode }) {
  return (
    <p className={`${NESTED_LIST} py-1`}>
      <Link href={`/comments/${node.id}`} className="rounded-sm text-sm font-medium text-accent-text underline-offset-4 hover:underline">
        Continue this thread ({pluralize(countReplies(node), "more reply", "more replies")}) →
      </Link>
    </p>
  );
}

/**
 * One comment (or the placeholder of a removed one) and the replies below it. `id="c-<id>"`
 * is the permalink anchor; `level` counts from the top of the rendered thread.
 */
export function CommentItem({ node, level, context }: { node: ThreadEntryNode; level: number; context: ThreadContext }) {
  const atDepthCap = level >= context.replyDepth;
  return (
    <li id={`c-${node.id}`} tabIndex={-1} className="scroll-mt-6 focus:outline-none">
      {node.kind === "comment" ? <CommentArticle comment={node} context={context} atDepthCap={atDepthCap} /> : <CommentPlaceholderView placeholder={node} />}
      {node.replies.length > 0 && (atDepthCap ? <ContinueThread node={node} /> : <Replies node={node} level={level} context={context} />)}
    </li>
  );
}

import { creditName } from "@/lib/format/credit";
import { markdownExcerpt } from "@/lib/format/excerpt";
import type { CommentContext, ThreadSnippet } from "@/lib/queries/admin/queue-context";
import { RelativeTime } from "@/components/ui/relative-time";

function Snippet({ snippet, role }: { snippet: ThreadSnippet; role: string }) {
  return (
    <li className="py-1">
      <p className="text-xs text-muted">
        {role} · <span className="font-medium text-ink">{creditName(snippet.credit)}</span> · <RelativeTime date={snippet.createdAt} />
        {snippet.state !== "PUBLISHED" && <> · {snippet.state.toLowerCase()}</>}
      </p>
      <p className="text-ink/90 break-words md:[overflow-wrap:anywhere]">{markdownExcerpt(snippet.body, 30) || "—"}</p>
    </li>
  );
}

/** Where a comment sits: what it answers, and the first replies to it, one click away. */
export function CommentContextDetails({ context, permalink }: { context: CommentContext | undefined; permalink: string }) {
  const hasContext = Boolean(context?.parent || context?.replies.length);
  return (
    <details className="group mt-1">
      <summary className="w-fit cursor-pointer rounded py-1 text-xs font-medium text-accent-text hover:underline">Thread context</summary>
      <div className="mt-2 rounded-md border border-line bg-canvas px-3 py-2 text-sm">
        {hasContext ? (
          <ol className="divide-y divide-line">
            {context?.parent && <Snippet snippet={context.parent} role="In reply to" />}
            <li className="py-1 text-xs font-semibold text-accent-text">↳ this comment</li>
            {context?.replies.map((reply) => <Snippet key={reply.id} snippet={reply} role="Reply" />)}
          </ol>
        ) : (
          <p className="text-muted">A top-level comment with no replies.</p>
        )}
        <a href={permalink} className="mt-1 inline-block text-xs font-medium underline underline-offset-4 hover:text-accent-text">
          Open in the thread
        </a>
      </div>
    </details>
  );
}

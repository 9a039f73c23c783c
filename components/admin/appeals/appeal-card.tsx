import Link from "next/link";
import type { AppealRow } from "@/lib/queries/admin/appeals";
import { queueHref } from "@/lib/queries/admin/queue-filters";
import { markdownExcerpt } from "@/lib/format/excerpt";
import { RelativeTime } from "@/components/ui/relative-time";
import { ActionName } from "../audit/action-name";
import { StateBadge, Tag } from "../state-badge";
import { DecideAppealForm } from "./decide-appeal-form";

/** What the appeal contests: the ban itself, or the hidden review or comment. */
function Contested({ appeal }: { appeal: AppealRow }) {
  if (appeal.review) {
    return (
      <p>
        <Link href={queueHref({ scope: "all", type: "review", id: appeal.review.id })} className="font-medium underline-offset-4 hover:underline">
          {appeal.review.title || `Review of ${appeal.review.film.title}`}
        </Link>{" "}
        <StateBadge state={appeal.review.state} />
      </p>
    );
  }
  if (appeal.comment) {
    return (
      <p>
        <Link href={queueHref({ scope: "all", type: "comment", id: appeal.comment.id })} className="underline-offset-4 hover:underline">
          “{markdownExcerpt(appeal.comment.body, 20)}”
        </Link>{" "}
        <StateBadge state={appeal.comment.state} />
      </p>
    );
  }
  return <p>Their account ban</p>;
}

/** `deciderProblem`: why the moderator looking may not decide this appeal, or null when they may. */
export function AppealCard({ appeal, deciderProblem }: { appeal: AppealRow; deciderProblem: string | null }) {
  const action = appeal.action;
  return (
    <article className="grid gap-4 rounded-lg border border-line bg-surface p-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0 space-y-3 text-sm">
        <p className="text-muted">
          <Link href={`/admin/users/${appeal.user.id}`} className="font-semibold text-ink underline-offset-4 hover:underline">
            @{appeal.user.handle}
          </Link>{" "}
          appealed <RelativeTime date={appeal.createdAt} />
        </p>
        <div className="rounded-md border border-line bg-canvas px-3 py-2">
          <p className="text-xs font-medium text-muted">The decision</p>
          {action ? (
            <p className="mt-0.5">
              <ActionName action={action.action} /> by {action.actor ? `@${action.actor.handle}` : "the system"} · <RelativeTime date={action.createdAt} />
              {action.undoneAt && (
                <>
                  {" "}
                  <Tag>Since undone</Tag>
                </>
              )}
            </p>
          ) : (
            <p className="mt-0.5 text-muted">The original action is no longer on record.</p>
          )}
          {action?.reason && <p className="mt-1 text-ink">Reason: “{action.reason}”</p>}
          <div className="mt-1">
            <Contested appeal={appeal} />
          </div>
        </div>
        <div>
          <p className="text-xs font-medium text-muted">Their appeal</p>
          <blockquote className="mt-1 border-l-2 border-accent pl-3 font-serif text-base text-ink [overflow-wrap:anywhere]">{appeal.body}</blockquote>
        </div>
      </div>
      <div className="border-t border-line pt-4 lg:border-t-0 lg:border-l lg:pt-0 lg:pl-4">
        {appeal.status === "OPEN" && deciderProblem ? (
          <p className="text-sm text-muted">{deciderProblem}</p>
        ) : appeal.status === "OPEN" ? (
          <DecideAppealForm appealId={appeal.id} handle={appeal.user.handle} />
        ) : (
          <div className="space-y-1 text-sm">
            <p>
              <Tag tone={appeal.status === "ACCEPTED" ? "accent" : "neutral"}>{appeal.status.toLowerCase()}</Tag>{" "}
              <span className="text-muted">
                by {appeal.decidedBy ? `@${appeal.decidedBy.handle}` : "a moderator"}
                {appeal.decidedAt && (
                  <>
                    {" "}
                    · <RelativeTime date={appeal.decidedAt} />
                  </>
                )}
              </span>
            </p>
            {appeal.response && <p className="text-ink">“{appeal.response}”</p>}
          </div>
        )}
      </div>
    </article>
  );
}

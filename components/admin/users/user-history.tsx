import Link from "next/link";
import type { ReactNode } from "react";
import type { AdminUserDetail } from "@/lib/queries/admin/users";
import { markdownExcerpt } from "@/lib/format/excerpt";
import { queueHref } from "@/lib/queries/admin/queue-filters";
import { REPORT_REASON_LABELS } from "@/components/moderation/report-reasons";
import { RelativeTime } from "@/components/ui/relative-time";
import { ActionName } from "../audit/action-name";
import { DataTable, TD, TH } from "../data-table";
import { StateBadge, Tag } from "../state-badge";

function Section({ id, title, count, children }: { id: string; title: string; count: number; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="mb-2 text-base font-semibold text-ink">
        {title} <span className="font-normal text-muted tabular-nums">{count}</span>
      </h2>
      {children}
    </section>
  );
}

const Empty = ({ children }: { children: ReactNode }) => <p className="rounded-lg border border-dashed border-line-strong px-4 py-3 text-sm text-muted">{children}</p>;
const When = ({ date }: { date: Date }) => (
  <td className={`${TD} w-32 whitespace-nowrap text-muted`}>
    <RelativeTime date={date} />
  </td>
);

/** What an account wrote, reported, and had done to it (latest 20 of each). */
export function UserHistory({ detail }: { detail: AdminUserDetail }) {
  const { user, reviews, comments, reports, actionsOn, actionsBy } = detail;
  return (
    <>
      <Section id="reviews-heading" title="Reviews" count={user._count.reviews}>
        {reviews.length === 0 ? (
          <Empty>No reviews.</Empty>
        ) : (
          <DataTable caption={`Reviews by @${user.handle}`} minWidth="20rem">
            <tbody>
              {reviews.map((review) => (
                <tr key={review.id}>
                  <td className={TD}>
                    <Link href={queueHref({ scope: "all", type: "review", id: review.id })} className="font-medium text-ink underline-offset-4 hover:underline">
                      {review.title || `Review of ${review.film.title}`}
                    </Link>
                    <p className="text-xs text-muted">{review.film.title}{review.stateReason ? ` · ${review.stateReason}` : ""}</p>
                  </td>
                  <td className={`${TD} w-24`}><StateBadge state={review.state} /></td>
                  <When date={review.createdAt} />
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </Section>

      <Section id="comments-heading" title="Comments" count={user._count.comments}>
        {comments.length === 0 ? (
          <Empty>No comments.</Empty>
        ) : (
          <DataTable caption={`Comments by @${user.handle}`} minWidth="20rem">
            <tbody>
              {comments.map((comment) => (
                <tr key={comment.id}>
                  <td className={TD}>
                    <Link href={queueHref({ scope: "all", type: "comment", id: comment.id })} className="text-ink underline-offset-4 hover:underline">
                      {markdownExcerpt(comment.body, 20) || "(empty)"}
                    </Link>
                    <p className="text-xs text-muted">On a review of {comment.review.film.title}{comment.stateReason ? ` · ${comment.stateReason}` : ""}</p>
                  </td>
                  <td className={`${TD} w-24`}><StateBadge state={comment.state} /></td>
                  <When date={comment.createdAt} />
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </Section>

      <Section id="reports-heading" title="Reports filed" count={user._count.reports}>
        {reports.length === 0 ? (
          <Empty>No reports filed.</Empty>
        ) : (
          <DataTable caption={`Reports filed by @${user.handle}`} minWidth="20rem">
            <tbody>
              {reports.map((report) => {
                const target = report.reviewId ? { type: "review" as const, id: report.reviewId } : { type: "comment" as const, id: report.commentId ?? "" };
                return (
                  <tr key={report.id}>
                    <td className={TD}>
                      <span className="font-medium">{REPORT_REASON_LABELS[report.reason]}</span>
                      {report.details && <span className="text-muted"> · “{report.details}”</span>}
                      <p className="text-xs">
                        <Link href={queueHref({ scope: "all", ...target })} className="text-muted underline-offset-4 hover:underline">
                          the {target.type}
                        </Link>
                      </p>
                    </td>
                    <td className={`${TD} w-24`}><Tag>{report.status.toLowerCase()}</Tag></td>
                    <When date={report.createdAt} />
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
        )}
      </Section>

      <Section id="account-actions-heading" title="Moderation of this account" count={actionsOn.length}>
        {actionsOn.length === 0 ? (
          <Empty>No bans, unbans or role changes.</Empty>
        ) : (
          <DataTable caption={`Moderation of @${user.handle}`} minWidth="20rem">
            <thead>
              <tr>
                <th scope="col" className={TH}>Action</th>
                <th scope="col" className={TH}>By</th>
                <th scope="col" className={TH}>When</th>
              </tr>
            </thead>
            <tbody>
              {actionsOn.map((action) => (
                <tr key={action.id}>
                  <td className={TD}>
                    <ActionName action={action.action} /> {action.undoneAt && <Tag>Undone</Tag>}
                    {action.reason && <p className="text-xs text-muted">“{action.reason}”</p>}
                  </td>
                  <td className={`${TD} w-40`}>{action.actor ? `@${action.actor.handle}` : "System"}</td>
                  <When date={action.createdAt} />
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </Section>

      {actionsBy.length > 0 && (
        <Section id="actions-by-heading" title="Actions taken as staff" count={user._count.actions}>
          <p className="mb-2 text-sm">
            <Link href={`/admin/audit?actor=${encodeURIComponent(user.handle)}`} className="text-accent-text underline underline-offset-4">
              See all of them in the audit log
            </Link>
          </p>
          <DataTable caption={`Actions taken by @${user.handle}`} minWidth="20rem">
            <tbody>
              {actionsBy.map((action) => (
                <tr key={action.id}>
                  <td className={TD}>
                    <ActionName action={action.action} />
                    {action.reason && <span className="text-muted"> · “{action.reason}”</span>}
                  </td>
                  <When date={action.createdAt} />
                </tr>
              ))}
            </tbody>
          </DataTable>
        </Section>
      )}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { listRecentActions } from "@/lib/queries/admin/audit";
import { countOpenAppeals, listAppeals } from "@/lib/queries/admin/appeals";
import { countQueue, listQueue } from "@/lib/queries/admin/queue";
import { parseQueueFilters, queueHref } from "@/lib/queries/admin/queue-filters";
import { listNewUsers } from "@/lib/queries/admin/users";
import { creditName } from "@/lib/format/credit";
import { markdownExcerpt } from "@/lib/format/excerpt";
import { pluralize } from "@/lib/format/counts";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { ActionName } from "@/components/admin/audit/action-name";
import { Panel, PanelEmpty } from "@/components/admin/dashboard/panel";
import { StatCard } from "@/components/admin/dashboard/stat-card";
import { StateBadge, Tag } from "@/components/admin/state-badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { requireStaffPage } from "./staff-guard";

export const metadata: Metadata = { title: "Dashboard" };

const ROW = "flex items-start justify-between gap-3 border-b border-line py-2.5 text-sm last:border-0";

export default async function AdminDashboardPage() {
  await requireStaffPage("/admin");
  const [counts, openAppeals, newUsers, recent, waiting, appeals] = await Promise.all([
    countQueue(),
    countOpenAppeals(),
    listNewUsers(7, 6),
    listRecentActions(6),
    listQueue(parseQueueFilters({}), 5),
    listAppeals("open", 1, 5),
  ]);

  return (
    <>
      <AdminPageHeader title="Dashboard">What needs a moderator now, and what happened lately.</AdminPageHeader>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <StatCard label="Pending items" value={counts.pending} detail="held by the hold rules" href={queueHref({ reason: "held" })} />
        <StatCard
          label="Open reports"
          value={counts.openReports}
          detail={`on ${pluralize(counts.reportedItems, "item")}`}
          href={queueHref({ reason: "reported" })}
        />
        <StatCard label="Open appeals" value={openAppeals} detail="waiting for a decision" href="/admin/appeals" />
        <StatCard label="New users" value={newUsers.total} detail="in the last 7 days" href="/admin/users?joined=7d" />
      </div>

      <div className="mt-8 grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Panel id="waiting-heading" title="Waiting in the queue" href="/admin/queue" linkLabel="Open the queue">
          {waiting.rows.length === 0 ? (
            <PanelEmpty>The queue is clear.</PanelEmpty>
          ) : (
            <ul>
              {waiting.rows.map((item) => (
                <li key={item.id} className={ROW}>
                  <div className="min-w-0">
                    <p className="text-xs text-muted">
                      <Tag>{item.kind === "REVIEW" ? "Review" : "Comment"}</Tag> by {creditName(item.credit)} ·{" "}
                      {item.state === "PENDING" ? "held" : pluralize(item.openReportCount, "report")}
                    </p>
                    <Link href={queueHref({ scope: "all", type: item.kind === "REVIEW" ? "review" : "comment", id: item.id })} className="mt-0.5 line-clamp-2 text-ink underline-offset-4 hover:underline">
                      {item.title || markdownExcerpt(item.body, 24) || "(no text)"}
                    </Link>
                  </div>
                  <StateBadge state={item.state} />
                </li>
              ))}
            </ul>
          )}
        </Panel>

        <Panel id="recent-heading" title="Recent actions" href="/admin/audit" linkLabel="Open the audit log">
          {recent.length === 0 ? (
            <PanelEmpty>No moderation actions yet.</PanelEmpty>
          ) : (
            <ul>
              {recent.map((row) => (
                <li key={row.id} className={ROW}>
                  <div className="min-w-0">
                    <p>
                      <ActionName action={row.action} />{" "}
                      {row.target.href ? (
                        <Link href={row.target.href} className="text-ink underline-offset-4 hover:underline">
                          {row.target.label}
                        </Link>
                      ) : (
                        row.target.label
                      )}
                    </p>
                    <p className="truncate text-xs text-muted">
                      {row.actor ? `@${row.actor.handle}` : "System"}
                      {row.reason ? ` · “${row.reason}”` : ""}
                    </p>
                  </div>
                  <span className="shrink-0 text-xs text-muted">
                    <RelativeTime date={row.createdAt} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Panel>

        <Panel id="new-users-heading" title="New users" href="/admin/users?joined=7d" linkLabel="All new users">
          {newUsers.rows.length === 0 ? (
            <PanelEmpty>Nobody joined in the last 7 days.</PanelEmpty>
          ) : (
            <ul>
              {newUsers.rows.map((user) => (
                <li key={user.id} className={ROW}>
                  <div className="min-w-0">
                    <Link href={`/admin/users/${user.id}`} className="font-medium text-ink underline-offset-4 hover:underline">
                      @{user.handle}
                    </Link>
                    <span className="text-muted"> {user.name && user.name !== user.handle ? `· ${user.name}` : ""}</span>
                    <p className="text-xs text-muted">
                      {pluralize(user._count.reviews, "review")} · {pluralize(user._count.comments, "comment")}
                      {user.isBanned ? " · banned" : ""}
                    </p>
                  </div>
                  <span className="shrink-0 text-xs text-muted">
                    <RelativeTime date={user.createdAt} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Panel>

        <Panel id="appeals-heading" title="Open appeals" href="/admin/appeals" linkLabel="Decide appeals">
          {appeals.rows.length === 0 ? (
            <PanelEmpty>No appeals are waiting.</PanelEmpty>
          ) : (
            <ul>
              {appeals.rows.map((appeal) => (
                <li key={appeal.id} className={ROW}>
                  <div className="min-w-0">
                    <p>
                      <span className="font-medium text-ink">@{appeal.user.handle}</span>{" "}
                      <span className="text-muted">appeals</span> {appeal.action ? <ActionName action={appeal.action.action} /> : "a decision"}
                    </p>
                    <p className="line-clamp-2 text-xs text-muted">“{appeal.body}”</p>
                  </div>
                  <span className="shrink-0 text-xs text-muted">
                    <RelativeTime date={appeal.createdAt} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Panel>
      </div>
    </>
  );
}

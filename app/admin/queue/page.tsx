import type { Metadata } from "next";
import Link from "next/link";
import { countOpenAppeals } from "@/lib/queries/admin/appeals";
import { listQueue } from "@/lib/queries/admin/queue";
import { getQueueExtras } from "@/lib/queries/admin/queue-context";
import { isFiltered, parseQueueFilters, queueHref } from "@/lib/queries/admin/queue-filters";
import type { SearchParams } from "@/lib/queries/admin/search-params";
import { pluralize } from "@/lib/format/counts";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { Pagination } from "@/components/admin/pagination";
import { QueueFiltersForm } from "@/components/admin/queue/queue-filters-form";
import { QueueTable } from "@/components/admin/queue/queue-table";
import { EmptyState } from "@/components/ui/empty-state";
import { requireStaffPage } from "../staff-guard";

export const metadata: Metadata = { title: "Queue" };

export default async function QueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  await requireStaffPage("/admin/queue", "MODERATOR", params);
  const filters = parseQueueFilters(params);
  const [queue, openAppeals] = await Promise.all([listQueue(filters), countOpenAppeals()]);
  const extras = await getQueueExtras(queue.rows);

  return (
    <>
      <AdminPageHeader title="Queue">
        Items held by the hold rules and items readers reported. Approve what is fine; hide or delete what isn&rsquo;t, with a reason its author will see.{" "}
        {filters.scope === "attention" ? "The latest report or hold comes first." : "Newest first."}
      </AdminPageHeader>
      {openAppeals > 0 && (
        <p className="mb-4 rounded-lg border border-amber-300 bg-accent-soft px-3 py-2 text-sm text-ink dark:border-amber-800">
          {pluralize(openAppeals, "open appeal")} {openAppeals === 1 ? "waits" : "wait"} for a decision.{" "}
          <Link href="/admin/appeals" className="font-medium text-accent-text underline underline-offset-4">
            Review appeals
          </Link>
        </p>
      )}
      <QueueFiltersForm filters={filters} />
      {filters.id && (
        <p className="mb-3 text-sm text-muted">
          Showing one item.{" "}
          <Link href="/admin/queue" className="font-medium text-ink underline underline-offset-4">
            Show the whole queue
          </Link>
        </p>
      )}
      {queue.rows.length === 0 ? (
        queue.total > 0 ? (
          <EmptyState title="This page is past the end">
            <Link href={queueHref({ ...filters, page: 1 })} className="underline underline-offset-4">
              Back to the first page
            </Link>
          </EmptyState>
        ) : isFiltered(filters) ? (
          <EmptyState title="Nothing matches these filters">
            <Link href="/admin/queue" className="underline underline-offset-4">
              Clear the filters
            </Link>{" "}
            to see the whole queue.
          </EmptyState>
        ) : (
          <EmptyState title="The queue is clear">Nothing is held or reported right now. New items appear here as they arrive.</EmptyState>
        )
      ) : (
        <>
          <QueueTable items={queue.rows} extras={extras} />
          <Pagination page={queue.page} pageCount={queue.pageCount} total={queue.total} noun="item" hrefFor={(page) => queueHref({ ...filters, page })} />
        </>
      )}
    </>
  );
}

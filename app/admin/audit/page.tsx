import type { Metadata } from "next";
import Link from "next/link";
import { hasRole } from "@/lib/permissions";
import { UNDOABLE } from "@/lib/moderation/undo";
import { listAuditActionNames, listAuditLog } from "@/lib/queries/admin/audit";
import { auditHref, parseAuditFilters } from "@/lib/queries/admin/audit-filters";
import type { SearchParams } from "@/lib/queries/admin/search-params";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { AuditFiltersForm } from "@/components/admin/audit/audit-filters-form";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { Pagination } from "@/components/admin/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { requireStaffPage } from "../staff-guard";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const user = await requireStaffPage("/admin/audit", "MODERATOR", params);
  const filters = parseAuditFilters(params);
  const [log, actionNames] = await Promise.all([listAuditLog(filters), listAuditActionNames()]);
  const undoable = Object.entries(UNDOABLE)
    .filter(([, minimum]) => hasRole(user.role, minimum))
    .map(([action]) => action);
  const filtered = Boolean(filters.action || filters.actor || filters.target || filters.targetId || filters.from || filters.to);

  return (
    <>
      <AdminPageHeader title="Audit log">
        Every moderation and admin action: who, what, when, why, and the state before and after. Hiding, bans and role changes can be undone here.
      </AdminPageHeader>
      <AuditFiltersForm filters={filters} actionNames={actionNames} />
      {log.rows.length === 0 ? (
        filtered ? (
          <EmptyState title="No entries match these filters">
            <Link href="/admin/audit" className="underline underline-offset-4">
              Clear the filters
            </Link>{" "}
            to see the whole log.
          </EmptyState>
        ) : (
          <EmptyState title="Nothing logged yet">Moderation and admin actions appear here as they happen.</EmptyState>
        )
      ) : (
        <>
          <AuditTable rows={log.rows} undoable={undoable} />
          <Pagination page={log.page} pageCount={log.pageCount} total={log.total} noun="entry" plural="entries" hrefFor={(page) => auditHref({ ...filters, page })} />
        </>
      )}
    </>
  );
}

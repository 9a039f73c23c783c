import type { Metadata } from "next";
import { appealDeciderProblem } from "@/lib/moderation/appeal-deciders";
import { APPEAL_FILTERS, listActiveStaff, listAppeals, type AppealFilter } from "@/lib/queries/admin/appeals";
import { hrefWith, oneOf, pageParam, param, type SearchParams } from "@/lib/queries/admin/search-params";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { StatusTabs } from "@/components/admin/status-tabs";
import { AppealCard } from "@/components/admin/appeals/appeal-card";
import { Pagination } from "@/components/admin/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { requireStaffPage } from "../staff-guard";

export const metadata: Metadata = { title: "Appeals" };

const LABELS: Record<AppealFilter, string> = { open: "Open", accepted: "Accepted", rejected: "Rejected", all: "All" };

export default async function AppealsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const viewer = await requireStaffPage("/admin/appeals", "MODERATOR", params);
  const status = oneOf(param(params, "status"), APPEAL_FILTERS) ?? "open";
  const [appeals, staff] = await Promise.all([listAppeals(status, pageParam(params)), listActiveStaff()]);
  // Why this moderator may not decide an appeal (they made the decision, or it is theirs), if so.
  const deciderProblem = (appeal: (typeof appeals.rows)[number]) =>
    appealDeciderProblem(viewer, { appellantId: appeal.user.id, deciderId: appeal.action?.actorId ?? null }, staff);

  return (
    <>
      <AdminPageHeader title="Appeals">
        Banned users and authors of hidden writing may appeal once. Accepting reverses the decision; rejecting sends them your reply.
      </AdminPageHeader>
      <StatusTabs
        label="Appeal status"
        options={APPEAL_FILTERS}
        current={status}
        labels={LABELS}
        hrefFor={(filter) => hrefWith("/admin/appeals", { status: filter === "open" ? undefined : filter })}
      />
      {appeals.rows.length === 0 ? (
        <EmptyState title={status === "open" ? "No open appeals" : "No appeals here"}>
          {status === "open" ? "When someone appeals a ban or a hidden post, it waits here for a decision." : "Nothing has been decided this way yet."}
        </EmptyState>
      ) : (
        <>
          <ul className="space-y-3">
            {appeals.rows.map((appeal) => (
              <li key={appeal.id}>
                <AppealCard appeal={appeal} deciderProblem={deciderProblem(appeal)} />
              </li>
            ))}
          </ul>
          <Pagination page={appeals.page} pageCount={appeals.pageCount} total={appeals.total} noun="appeal" hrefFor={(page) => hrefWith("/admin/appeals", { status: status === "open" ? undefined : status, page })} />
        </>
      )}
    </>
  );
}

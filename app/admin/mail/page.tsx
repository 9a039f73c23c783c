import type { Metadata } from "next";
import { mailMode } from "@/lib/mail/config";
import { listMail, MAIL_FILTERS, type MailFilter } from "@/lib/queries/admin/mail";
import { hrefWith, oneOf, pageParam, param, type SearchParams } from "@/lib/queries/admin/search-params";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { StatusTabs } from "@/components/admin/status-tabs";
import { MailTable } from "@/components/admin/mail/mail-table";
import { Pagination } from "@/components/admin/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { requireStaffPage } from "../staff-guard";

export const metadata: Metadata = { title: "Mail" };

const LABELS: Record<MailFilter, string> = { failed: "Failed", pending: "Waiting", sent: "Sent", all: "All" };
const MODE: Record<ReturnType<typeof mailMode>, string> = {
  smtp: "Mail goes out through SMTP_URL.",
  files: "Development: messages are written to .data/mail/ instead of being sent.",
  held: "SMTP_URL isn't set: messages wait here until it is.",
};
const EMPTY: Record<MailFilter, string> = {
  failed: "No message has failed. A message that keeps failing after its retries shows up here with its last error.",
  pending: "Nothing is waiting to be sent.",
  sent: "Nothing has been sent in the last 30 days.",
  all: "No mail yet.",
};

export default async function MailPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  await requireStaffPage("/admin/mail", "ADMIN", params);
  const status = oneOf(param(params, "status"), MAIL_FILTERS) ?? "failed";
  const mail = await listMail(status, pageParam(params));
  const href = (filter: MailFilter, page?: number) => hrefWith("/admin/mail", { status: filter === "failed" ? undefined : filter, page });

  return (
    <>
      <AdminPageHeader title="Mail">
        Every message the site sends goes through this outbox and is retried with growing pauses for about five hours. {MODE[mailMode()]}
      </AdminPageHeader>
      <StatusTabs label="Message status" options={MAIL_FILTERS} current={status} labels={LABELS} hrefFor={(filter) => href(filter)} />
      {mail.rows.length === 0 ? (
        <EmptyState title={status === "failed" ? "No failed mail" : "Nothing here"}>{EMPTY[status]}</EmptyState>
      ) : (
        <>
          <MailTable rows={mail.rows} now={new Date()} />
          <Pagination page={mail.page} pageCount={mail.pageCount} total={mail.total} noun="message" hrefFor={(page) => href(status, page)} />
        </>
      )}
    </>
  );
}

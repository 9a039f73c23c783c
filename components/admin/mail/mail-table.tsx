import type { MailRow } from "@/lib/queries/admin/mail";
import { DataTable, TD, TH } from "@/components/admin/data-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { RetryMailButton } from "./retry-mail-button";

const STATUS_STYLE: Record<MailRow["status"], string> = {
  PENDING: "bg-sunken text-ink",
  SENT: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  FAILED: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
  EXPIRED: "bg-sunken text-muted",
};

export function MailTable({ rows, now }: { rows: MailRow[]; now: Date }) {
  return (
    <DataTable caption="Messages in the outbox" minWidth="56rem">
      <thead>
        <tr>
          <th className={TH}>Message</th>
          <th className={TH}>To</th>
          <th className={TH}>Status</th>
          <th className={TH}>Last error</th>
          <th className={TH}>
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td className={TD}>
              <p className="font-medium text-ink">{row.subject}</p>
              <p className="text-xs text-muted">
                {row.kind} · queued <RelativeTime date={row.createdAt} now={now} />
              </p>
            </td>
            <td className={`${TD} break-all`}>{row.to}</td>
            <td className={TD}>
              <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[row.status]}`}>{row.status.toLowerCase()}</span>
              <p className="mt-1 text-xs text-muted">
                {row.attempts} attempt{row.attempts === 1 ? "" : "s"}
                {row.status === "PENDING" && row.attempts > 0 && (
                  <>
                    {" "}· next <RelativeTime date={row.nextAttemptAt} now={now} />
                  </>
                )}
                {row.sentAt && (
                  <>
                    {" "}· sent <RelativeTime date={row.sentAt} now={now} />
                  </>
                )}
              </p>
            </td>
            <td className={`${TD} max-w-[22rem] text-xs break-words text-muted`}>{row.lastError ?? "—"}</td>
            <td className={TD}>{row.status === "FAILED" && <RetryMailButton id={row.id} />}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

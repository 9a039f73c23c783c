import Link from "next/link";
import type { QueueItem } from "@/lib/queries/admin/queue";
import { pluralize } from "@/lib/format/counts";
import { REPORT_REASON_LABELS } from "@/components/moderation/report-reasons";
import { RelativeTime } from "@/components/ui/relative-time";
import { Tag } from "../state-badge";

/** Why an item is in the queue: the hold reason, and each open report with its reporter. */
export function ReportSummary({ item, autoHidden, appealed }: { item: QueueItem; autoHidden: boolean; appealed: boolean }) {
  const hidden = item.openReportCount - item.openReports.length;
  return (
    <div className="space-y-2">
      {(autoHidden || appealed) && (
        <p className="flex flex-wrap gap-1">
          {autoHidden && <Tag tone="danger">Auto-hidden</Tag>}
          {appealed && <Tag tone="accent">Appealed</Tag>}
        </p>
      )}
      {item.state !== "PUBLISHED" && item.stateReason && (
        <p className="text-ink">
          <span className="font-medium">{item.state === "PENDING" ? "Held" : "Reason"}:</span> {item.stateReason}
        </p>
      )}
      {item.openReports.length > 0 && (
        <div>
          <p className="font-medium text-ink">{pluralize(item.openReportCount, "open report")}</p>
          <ul className="mt-1 space-y-1.5">
            {item.openReports.map((report) => (
              <li key={report.id} className="leading-snug">
                <span className="font-medium text-ink">{REPORT_REASON_LABELS[report.reason]}</span>
                {report.details && <span className="text-ink break-words md:[overflow-wrap:anywhere]">: “{report.details}”</span>}
                <span className="block text-xs text-muted">
                  by{" "}
                  <Link href={`/admin/users/${report.reporter.id}`} className="underline-offset-4 hover:underline">
                    @{report.reporter.handle}
                  </Link>{" "}
                  · <RelativeTime date={report.createdAt} />
                </span>
              </li>
            ))}
          </ul>
          {hidden > 0 && <p className="mt-1 text-xs text-muted">and {pluralize(hidden, "more")}</p>}
        </div>
      )}
      {item.openReports.length === 0 && item.state === "PUBLISHED" && <p className="text-muted">No open reports.</p>}
    </div>
  );
}

import Link from "next/link";
import type { QueueItem } from "@/lib/queries/admin/queue";
import type { QueueExtras } from "@/lib/queries/admin/queue-context";
import { creditName } from "@/lib/format/credit";
import { MetaLine } from "@/components/ui/meta-line";
import { RelativeTime } from "@/components/ui/relative-time";
import { TD } from "../data-table";
import { StateBadge, Tag } from "../state-badge";
import { CommentContextDetails } from "./comment-context";
import { ItemText } from "./item-text";
import { ReportSummary } from "./report-summary";
import { RowActions } from "./row-actions";
import { RowCheckbox } from "./selection";

/** "comment by @mai": how a row is named to screen readers on its checkbox and buttons. */
export function itemLabel(item: QueueItem): string {
  const author = item.credit.kind === "user" ? `@${item.credit.handle}` : creditName(item.credit);
  return `${item.kind === "REVIEW" ? "review" : "comment"} by ${author}`;
}

function Author({ item }: { item: QueueItem }) {
  const name = creditName(item.credit);
  if (item.credit.kind === "user" && item.authorId) {
    return (
      <Link href={`/admin/users/${item.authorId}`} className="font-medium text-ink underline-offset-4 hover:underline">
        @{item.credit.handle}
      </Link>
    );
  }
  return <span className="font-medium text-ink">{name}</span>;
}

export function QueueRow({ item, extras }: { item: QueueItem; extras: QueueExtras }) {
  const ref = { kind: item.kind, id: item.id };
  const label = itemLabel(item);
  const permalink = item.kind === "REVIEW" ? `/reviews/${item.id}` : `/reviews/${item.review.id}#c-${item.id}`;
  return (
    <tr id={`item-${item.id}`} className="hover:bg-sunken/40">
      <td className={`${TD} w-8 pr-0`} data-select="">
        <RowCheckbox item={ref} label={label} />
      </td>
      <td className={TD}>
        <MetaLine className="mb-1 text-xs text-muted">
          <Tag>{item.kind === "REVIEW" ? "Review" : "Comment"}</Tag>
          <Author item={item} />
          <RelativeTime date={item.createdAt} />
        </MetaLine>
        <ItemText title={item.title} body={item.body} />
        <p className="mt-1.5 text-xs text-muted">
          {item.kind === "COMMENT" ? "On " : "Of "}
          {item.kind === "COMMENT" ? (
            <>
              <a href={`/reviews/${item.review.id}`} className="underline-offset-4 hover:underline">
                {item.review.label}
              </a>{" "}
              ·{" "}
            </>
          ) : null}
          <a href={`/films/${item.review.film.slug}`} className="underline-offset-4 hover:underline">
            {item.review.film.title}
          </a>
          {item.kind === "REVIEW" && (
            <>
              {" "}
              ·{" "}
              <a href={permalink} className="underline-offset-4 hover:underline">
                Open review
              </a>
            </>
          )}
        </p>
        {item.kind === "COMMENT" && <CommentContextDetails context={extras.contexts.get(item.id)} permalink={permalink} />}
      </td>
      <td className={`${TD} w-64`} data-label="Why it’s here">
        <ReportSummary item={item} autoHidden={extras.autoHidden.has(item.id)} appealed={extras.appealed.has(item.id)} />
      </td>
      <td className={`${TD} w-24`} data-label="State" data-compact="">
        <StateBadge state={item.state} />
      </td>
      <td className={`${TD} w-40`} data-compact="">
        <RowActions item={ref} state={item.state} openReports={item.openReportCount} label={label} />
      </td>
    </tr>
  );
}

import Link from "next/link";
import type { AuditRow } from "@/lib/queries/admin/audit";
import { formatExactDateTime } from "@/lib/format/dates";
import { DataTable, TD, TH, WRAP } from "../data-table";
import { Tag } from "../state-badge";
import { ActionName, actionLabel } from "./action-name";
import { StateDiff } from "./state-diff";
import { UndoButton } from "./undo-button";

const timeFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/** The audit log: who did what to which target, why, and what changed; undo where allowed. */
export function AuditTable({ rows, undoable }: { rows: AuditRow[]; undoable: readonly string[] }) {
  return (
    <DataTable caption="Audit log" minWidth="60rem" cards>
      <thead>
        <tr>
          <th scope="col" className={TH}>Time (UTC)</th>
          <th scope="col" className={TH}>Actor</th>
          <th scope="col" className={TH}>Action</th>
          <th scope="col" className={TH}>Target</th>
          <th scope="col" className={TH}>Reason</th>
          <th scope="col" className={TH}>Before → after</th>
          <th scope="col" className={TH}><span className="sr-only">Undo</span></th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const canUndo = !row.undoneAt && !row.undoesId && undoable.includes(row.action);
          return (
            <tr key={row.id} id={`audit-${row.id}`} className={row.undoneAt ? "bg-sunken/60" : undefined}>
              <td className={`${TD} whitespace-nowrap text-muted tabular-nums`} data-label="Time (UTC)" data-compact="">
                <time dateTime={row.createdAt.toISOString()} title={formatExactDateTime(row.createdAt)}>
                  {timeFormat.format(row.createdAt)}
                </time>
              </td>
              <td className={`${TD} whitespace-nowrap`} data-label="Actor" data-compact="">
                {row.actor ? (
                  <Link href={`/admin/users/${row.actor.id}`} className="underline-offset-4 hover:underline">
                    @{row.actor.handle}
                  </Link>
                ) : (
                  <span className="text-muted italic">System</span>
                )}
              </td>
              <td className={TD} data-label="Action">
                <ActionName action={row.action} />
                {row.undoneAt && (
                  <p className="mt-1">
                    <Tag>Undone</Tag>
                    <span className="ml-1 text-xs text-muted">
                      {row.undoneBy ? `by @${row.undoneBy.handle} ` : ""}
                      {timeFormat.format(row.undoneAt)}
                    </span>
                  </p>
                )}
              </td>
              <td className={`${TD} max-w-48 ${WRAP}`} data-label="Target">
                {row.target.href ? (
                  <Link href={row.target.href} className="underline-offset-4 hover:underline">
                    {row.target.label}
                  </Link>
                ) : (
                  row.target.label
                )}
              </td>
              <td className={`${TD} max-w-56 ${WRAP}`} data-label="Reason">{row.reason ?? <span className="text-muted">—</span>}</td>
              <td className={`${TD} max-w-72`} data-label="Before → after">
                <StateDiff before={row.before} after={row.after} />
              </td>
              <td className={`${TD} w-20`}>{canUndo && <UndoButton actionId={row.id} label={`${actionLabel(row.action).toLowerCase()} ${row.target.label}`} />}</td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}

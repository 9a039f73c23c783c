import type { QueueItem } from "@/lib/queries/admin/queue";
import type { QueueExtras } from "@/lib/queries/admin/queue-context";
import { DataTable, TH } from "../data-table";
import { BulkBar } from "./bulk-bar";
import { QueueRow } from "./queue-row";
import { SelectAllCheckbox, SelectionProvider } from "./selection";

/** The queue as one table, with a select-all box and the bulk bar above it. */
export function QueueTable({ items, extras }: { items: QueueItem[]; extras: QueueExtras }) {
  return (
    <SelectionProvider items={items.map((item) => ({ kind: item.kind, id: item.id }))}>
      <div className="z-10 -mx-1 mb-3 bg-canvas/95 px-1 py-1 backdrop-blur-sm sm:sticky sm:top-0">
        <BulkBar />
      </div>
      <DataTable caption="Items needing moderation" minWidth="56rem" cards>
        <thead>
          <tr>
            <th scope="col" className={`${TH} w-8 pr-0`}>
              <SelectAllCheckbox />
            </th>
            <th scope="col" className={TH}>
              Item
            </th>
            <th scope="col" className={TH}>
              Why it&rsquo;s here
            </th>
            <th scope="col" className={TH}>
              State
            </th>
            <th scope="col" className={TH}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <QueueRow key={`${item.kind}:${item.id}`} item={item} extras={extras} />
          ))}
        </tbody>
      </DataTable>
    </SelectionProvider>
  );
}

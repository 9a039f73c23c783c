import Link from "next/link";
import { formatExactDateTime } from "@/lib/format/dates";
import type { UploadSummary } from "@/lib/queries/admin/imports";
import { DataTable, TD, TH } from "../data-table";
import { UploadStateBadge } from "./upload-state-badge";

function size(bytes: number): string {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The latest uploads, newest first, each linking to its preview or report. */
export function UploadsTable({ uploads }: { uploads: UploadSummary[] }) {
  return (
    <DataTable caption="Uploads" minWidth="44rem">
      <thead>
        <tr>
          <th scope="col" className={TH}>File</th>
          <th scope="col" className={TH}>Site</th>
          <th scope="col" className={TH}>State</th>
          <th scope="col" className={`${TH} text-right`}>Added</th>
          <th scope="col" className={TH}>Uploaded</th>
        </tr>
      </thead>
      <tbody>
        {uploads.map((upload) => (
          <tr key={upload.id} className="hover:bg-sunken/40">
            <td className={TD}>
              <Link href={`/admin/import/${upload.id}`} className="font-medium text-ink underline-offset-4 hover:underline">
                {upload.fileName}
              </Link>
              <span className="ml-2 text-xs text-muted tabular-nums">{size(upload.byteSize)}</span>
            </td>
            <td className={TD}>{upload.site ?? "—"}</td>
            <td className={TD}>
              <UploadStateBadge state={upload.state} />
            </td>
            <td className={`${TD} text-right tabular-nums`}>{upload.added ? `${upload.added.reviews} reviews, ${upload.added.comments} comments` : "—"}</td>
            <td className={`${TD} text-muted`}>
              {formatExactDateTime(upload.createdAt)}
              {upload.uploadedBy && <span> by @{upload.uploadedBy}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

import type { Metadata } from "next";
import { listUploads } from "@/lib/queries/admin/imports";
import { formatMegabytes, maxImportBytes } from "@/lib/wordpress/wxr-source";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { UploadForm } from "@/components/admin/import/upload-form";
import { UploadsTable } from "@/components/admin/import/uploads-table";
import { EmptyState } from "@/components/ui/empty-state";
import { requireStaffPage } from "../staff-guard";

export const metadata: Metadata = { title: "Import from WordPress" };

export default async function AdminImportPage() {
  await requireStaffPage("/admin/import", "ADMIN");
  const uploads = await listUploads();
  const maxBytes = maxImportBytes();
  return (
    <>
      <AdminPageHeader title="Import from WordPress">
        Bring a WordPress blog over: its posts become reviews of the films their tags name, with their comment threads, and its old links
        keep working. Upload the export, check the preview, then import. Importing the same file again changes nothing. From a terminal:{" "}
        <code className="text-xs whitespace-nowrap">npm run import:wordpress -- export.xml</code>.
      </AdminPageHeader>
      <div className="space-y-8">
        <UploadForm maxBytes={maxBytes} maxLabel={formatMegabytes(maxBytes)} />
        <section aria-labelledby="uploads-heading" className="space-y-3">
          <h2 id="uploads-heading" className="text-lg font-semibold text-ink">
            Uploads
          </h2>
          {uploads.length === 0 ? <EmptyState title="No uploads yet">Upload a WordPress export above to see what it would bring over.</EmptyState> : <UploadsTable uploads={uploads} />}
        </section>
      </div>
    </>
  );
}

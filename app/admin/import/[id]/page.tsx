import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getUpload } from "@/lib/queries/admin/imports";
import { pageParam, type SearchParams } from "@/lib/queries/admin/search-params";
import { AdminPageHeader } from "@/components/admin/admin-page-header";
import { PreviewView } from "@/components/admin/import/preview-view";
import { ProgressPanel } from "@/components/admin/import/progress-panel";
import { ReportView } from "@/components/admin/import/report-view";
import { UploadActions } from "@/components/admin/import/upload-actions";
import { UploadStateBadge } from "@/components/admin/import/upload-state-badge";
import { FormAlert } from "@/components/forms/form-alert";
import { requireStaffPage } from "../../staff-guard";

export const metadata: Metadata = { title: "Import from WordPress" };

export default async function AdminUploadPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const query = await searchParams;
  await requireStaffPage(`/admin/import/${id}`, "ADMIN", query);
  const upload = await getUpload(id);
  if (!upload) notFound();

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/import" className="text-muted underline-offset-4 hover:text-ink hover:underline">
          ← Uploads
        </Link>
      </p>
      <AdminPageHeader title={upload.site ?? upload.fileName} action={<UploadStateBadge state={upload.state} />}>
        {upload.fileName}
        {upload.uploadedBy && <> · uploaded by @{upload.uploadedBy}</>}
      </AdminPageHeader>

      {upload.state === "reading" && <ProgressPanel title="Reading the file" progress={upload.progress} note="Nothing is imported yet. The preview appears here when the whole file has been read." />}
      {upload.state === "importing" && (
        <ProgressPanel title="Importing" progress={upload.progress} note="Each post is imported with its comments at once. You can leave this page; the import goes on." />
      )}
      {upload.state === "ready" && upload.preview && (
        <PreviewView importId={upload.id} preview={upload.preview} films={upload.films} defaultFilmId={upload.defaultFilmId} page={pageParam(query)} />
      )}
      {upload.state === "done" && upload.report && <ReportView report={upload.report} />}
      {(upload.state === "failed" || upload.state === "stopped") && (
        <div className="max-w-3xl space-y-4">
          <FormAlert>
            {upload.state === "stopped"
              ? `The ${upload.preview ? "import" : "reading"} stopped before it finished (the server may have restarted).${upload.preview ? " Posts imported before it stopped are complete." : ""}`
              : upload.error}
          </FormAlert>
          <UploadActions importId={upload.id} kinds={upload.hasFile ? ["retry", "discard"] : ["discard"]} />
          {!upload.hasFile && <p className="text-sm text-muted">The file was not kept. Upload a new export from the uploads page.</p>}
        </div>
      )}
    </>
  );
}

import "server-only";
import { db } from "@/lib/db";
import type { ImportPreview, ImportProgress, ImportReport } from "@/lib/wordpress/import-types";
import { isStale } from "@/lib/wordpress/heartbeat";
import type { FilmChoices } from "@/lib/wordpress/plan";
import { withFilmChoices } from "@/lib/wordpress/preview";
import { isRecordId } from "../route-params";

/** Where an upload stands, as the admin page tells it: a running step whose instance went away has "stopped". */
export type UploadState = "reading" | "ready" | "importing" | "done" | "failed" | "stopped";

function stateOf(row: { status: string; heartbeatAt: Date | null }): UploadState {
  if ((row.status === "SCANNING" || row.status === "IMPORTING") && isStale(row.heartbeatAt)) return "stopped";
  return ({ SCANNING: "reading", READY: "ready", IMPORTING: "importing", DONE: "done", FAILED: "failed" } as const)[row.status as "SCANNING"];
}

export interface UploadSummary {
  id: string;
  fileName: string;
  byteSize: number;
  state: UploadState;
  createdAt: Date;
  uploadedBy: string | null;
  site: string | null;
  /** For a done import: what it added. */
  added: { reviews: number; comments: number } | null;
}

const PAGE = 50;

type SummaryRow = Pick<UploadSummary, "id" | "fileName" | "byteSize" | "createdAt"> & {
  status: string;
  heartbeatAt: Date | null;
  createdBy: { handle: string } | null;
};

/** An upload as the list shows it, from its row and its (stored or film-adjusted) preview and report. */
function summaryOf(row: SummaryRow, preview: ImportPreview | null, report: ImportReport | null): UploadSummary {
  return {
    id: row.id,
    fileName: row.fileName,
    byteSize: row.byteSize,
    state: stateOf(row),
    createdAt: row.createdAt,
    uploadedBy: row.createdBy?.handle ?? null,
    site: preview?.site.title ?? preview?.site.url ?? null,
    added: report ? { reviews: report.reviews.created, comments: report.comments.created } : null,
  };
}

/** The latest uploads, newest first. */
export async function listUploads(): Promise<UploadSummary[]> {
  const rows = await db.wordPressImport.findMany({
    orderBy: { createdAt: "desc" },
    take: PAGE,
    select: { id: true, fileName: true, byteSize: true, status: true, heartbeatAt: true, createdAt: true, preview: true, report: true, createdBy: { select: { handle: true } } },
  });
  return rows.map((row) => summaryOf(row, row.preview as ImportPreview | null, row.report as ImportReport | null));
}

export interface UploadDetail extends UploadSummary {
  /** The preview with the admin's film choices applied. */
  preview: ImportPreview | null;
  report: ImportReport | null;
  progress: ImportProgress | null;
  error: string | null;
  defaultFilmId: string | null;
  /** Whether the file is still stored (it goes once imported, or once found unreadable). */
  hasFile: boolean;
  films: { id: string; title: string; year: number | null }[];
}

export async function getUpload(id: string): Promise<UploadDetail | null> {
  if (!isRecordId(id)) return null;
  const row = await db.wordPressImport.findUnique({
    where: { id },
    select: {
      id: true,
      fileName: true,
      byteSize: true,
      status: true,
      heartbeatAt: true,
      createdAt: true,
      preview: true,
      report: true,
      progress: true,
      error: true,
      filmChoices: true,
      defaultFilmId: true,
      createdBy: { select: { handle: true } },
      _count: { select: { chunks: true } },
    },
  });
  if (!row) return null;
  const films = await db.film.findMany({ select: { id: true, title: true, year: true }, orderBy: [{ title: "asc" }, { year: "desc" }], take: 2_000 });
  const stored = row.preview as ImportPreview | null;
  const preview = stored ? withFilmChoices(stored, films, (row.filmChoices ?? {}) as FilmChoices, row.defaultFilmId) : null;
  const report = row.report as ImportReport | null;
  return {
    ...summaryOf(row, preview, report),
    preview,
    report,
    progress: row.progress as ImportProgress | null,
    error: row.error,
    defaultFilmId: row.defaultFilmId,
    hasFile: row._count.chunks > 0,
    films,
  };
}

// The two long steps of an upload at /admin/import, run after the request that starts them
// has answered: reading the file for the preview, and importing it. Each writes its progress
// and a heartbeat to the upload's row, which is all the page (on any instance) reads, so a
// step whose instance went away shows as stopped, and the admin can run it again: importing
// is idempotent, so a second run finishes what the first began.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { importWordPress, scanAndPlan } from "./import-run";
import type { ImportProgress } from "./import-types";
import type { FilmChoices } from "./plan";
import { toPreview } from "./preview";
import { uploadSource } from "./upload-store";
import { WxrError } from "./wxr-types";

const HEARTBEAT_MS = 15_000;
const PROGRESS_WRITE_MS = 1_000;

/** Writes progress at most once a second, and a heartbeat while a long statement runs. */
function tracker(db: PrismaClient, importId: string) {
  let last = 0;
  let latest: ImportProgress | null = null;
  const write = () =>
    db.wordPressImport
      .update({ where: { id: importId }, data: { heartbeatAt: new Date(), ...(latest && { progress: latest as unknown as Prisma.InputJsonValue }) } })
      .catch((error: unknown) => console.error("Recording import progress failed:", error));
  const timer = setInterval(() => void write(), HEARTBEAT_MS);
  void write();
  return {
    onProgress(progress: ImportProgress) {
      latest = progress;
      if (Date.now() - last < PROGRESS_WRITE_MS) return;
      last = Date.now();
      void write();
    },
    stop() {
      clearInterval(timer);
    },
  };
}

function failure(error: unknown, phase: "scan" | "import"): string {
  if (error instanceof WxrError) return error.message;
  console.error(`WordPress ${phase} failed:`, error);
  return phase === "scan"
    ? "Reading the file failed on our side; nothing was imported. Try again."
    : "The import stopped on our side. Posts imported before it stopped are complete; import again to finish the rest.";
}

async function loadUpload(db: PrismaClient, importId: string) {
  const row = await db.wordPressImport.findUniqueOrThrow({ where: { id: importId }, select: { fileName: true, filmChoices: true, defaultFilmId: true } });
  return { ...row, filmChoices: (row.filmChoices ?? {}) as FilmChoices, source: uploadSource(db, importId, row.fileName) };
}

/** Reads the upload through and stores the preview (READY), or why it can't be imported (FAILED). */
export async function runScanJob(db: PrismaClient, importId: string): Promise<void> {
  const progress = tracker(db, importId);
  try {
    const upload = await loadUpload(db, importId);
    const { scan, plan } = await scanAndPlan(db, upload.source, { filmChoices: upload.filmChoices, defaultFilmId: upload.defaultFilmId, onProgress: progress.onProgress });
    const preview = toPreview(scan, plan);
    await db.wordPressImport.update({ where: { id: importId }, data: { status: "READY", preview: preview as unknown as Prisma.InputJsonValue, progress: Prisma.DbNull, error: null } });
  } catch (error) {
    // A file that can't be read won't become readable: its bytes are of no more use.
    await db.$transaction([
      db.wordPressImport.update({ where: { id: importId }, data: { status: "FAILED", error: failure(error, "scan") } }),
      ...(error instanceof WxrError ? [db.wordPressImportChunk.deleteMany({ where: { importId } })] : []),
    ]);
  } finally {
    progress.stop();
  }
}

/** Imports the upload with the admin's film choices, stores the report (DONE), and lets go of the file. */
export async function runImportJob(db: PrismaClient, importId: string, actorId: string): Promise<void> {
  const progress = tracker(db, importId);
  try {
    const upload = await loadUpload(db, importId);
    const { report } = await importWordPress(db, upload.source, {
      filmChoices: upload.filmChoices,
      defaultFilmId: upload.defaultFilmId,
      onProgress: progress.onProgress,
      actorId,
      fileName: upload.fileName,
    });
    await db.$transaction([
      db.wordPressImport.update({ where: { id: importId }, data: { status: "DONE", report: report as unknown as Prisma.InputJsonValue, error: null } }),
      db.wordPressImportChunk.deleteMany({ where: { importId } }),
    ]);
  } catch (error) {
    await db.wordPressImport.update({ where: { id: importId }, data: { status: "FAILED", error: failure(error, "import") } });
  } finally {
    progress.stop();
  }
}

"use server";

// The steps of /admin/import after the upload (app/api/admin/imports): choose films, import,
// try again, discard. Admins only, checked here on every call. The long steps run after the
// action has answered (next/server's after), and the page follows them through the row.
import { after } from "next/server";
import { revalidatePath } from "next/cache";
import { fail, ok } from "@/lib/action-result";
import { ADMIN, defineAction } from "@/lib/actions/action-client";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportPreview } from "@/lib/wordpress/import-types";
import { isStale } from "@/lib/wordpress/heartbeat";
import { runImportJob, runScanJob } from "@/lib/wordpress/import-job";
import type { FilmChoices } from "@/lib/wordpress/plan";
import { importFilmSchema, importIdSchema } from "@/lib/validations/wordpress-import";

const GONE = "That upload no longer exists.";

function refresh(importId: string) {
  revalidatePath("/admin/import");
  revalidatePath(`/admin/import/${importId}`);
}

export const chooseImportFilmAction = defineAction({ schema: importFilmSchema, access: ADMIN }, async ({ importId, postId, filmId }) => {
  const upload = await db.wordPressImport.findUnique({ where: { id: importId }, select: { status: true, preview: true, filmChoices: true } });
  if (!upload) return fail(GONE);
  if (upload.status !== "READY") return fail("Films can be changed only before the import starts.");
  if (filmId && !(await db.film.findUnique({ where: { id: filmId }, select: { id: true } }))) return fail("That film no longer exists.", { filmId: ["Unknown film."] });
  if (postId === null) {
    await db.wordPressImport.updateMany({ where: { id: importId, status: "READY" }, data: { defaultFilmId: filmId } });
  } else {
    const preview = upload.preview as unknown as ImportPreview;
    const post = preview.posts.find((candidate) => candidate.postId === postId);
    if (!post) return fail("That post isn't in this export.", { postId: ["Unknown post."] });
    if (post.existingReviewId) return fail("That post was imported before; its review keeps its film.");
    const choices: FilmChoices = { ...(upload.filmChoices as FilmChoices), [String(postId)]: filmId };
    await db.wordPressImport.updateMany({ where: { id: importId, status: "READY" }, data: { filmChoices: choices as Prisma.InputJsonValue } });
  }
  refresh(importId);
  return ok();
});

export const startImportAction = defineAction({ schema: importIdSchema, access: ADMIN }, async ({ importId }, caller) => {
  // Only from READY, and only once: a second click finds the upload already importing.
  const { count } = await db.wordPressImport.updateMany({ where: { id: importId, status: "READY" }, data: { status: "IMPORTING", heartbeatAt: new Date(), progress: undefined } });
  if (count === 0) return fail("This upload isn't ready to import (it is being read, importing, or done).");
  after(() => runImportJob(db, importId, caller.id));
  refresh(importId);
  return ok();
});

/** Runs a step again after it failed or stopped with its instance: reading, or importing (which finishes what's left). */
export const retryImportAction = defineAction({ schema: importIdSchema, access: ADMIN }, async ({ importId }, caller) => {
  const upload = await db.wordPressImport.findUnique({ where: { id: importId }, select: { status: true, preview: true, heartbeatAt: true, _count: { select: { chunks: true } } } });
  if (!upload) return fail(GONE);
  const stopped = upload.status === "FAILED" || ((upload.status === "SCANNING" || upload.status === "IMPORTING") && isStale(upload.heartbeatAt));
  if (!stopped) return fail("This upload isn't stopped.");
  if (upload._count.chunks === 0) return fail("The file is no longer stored. Upload it again.");
  const status = upload.preview ? "IMPORTING" : "SCANNING";
  const { count } = await db.wordPressImport.updateMany({
    where: { id: importId, status: upload.status, heartbeatAt: upload.heartbeatAt },
    data: { status, heartbeatAt: new Date(), error: null },
  });
  if (count === 0) return fail("Someone else just started it again.");
  after(() => (status === "IMPORTING" ? runImportJob(db, importId, caller.id) : runScanJob(db, importId)));
  refresh(importId);
  return ok();
});

export const discardImportAction = defineAction({ schema: importIdSchema, access: ADMIN }, async ({ importId }) => {
  const upload = await db.wordPressImport.findUnique({ where: { id: importId }, select: { status: true, heartbeatAt: true } });
  if (!upload) return fail(GONE);
  if ((upload.status === "SCANNING" || upload.status === "IMPORTING") && !isStale(upload.heartbeatAt)) {
    return fail("It is still running. Wait for it to finish, then discard it.");
  }
  // An import that was done stays in the list as a record; only the file goes.
  if (upload.status === "DONE") await db.wordPressImportChunk.deleteMany({ where: { importId } });
  else await db.wordPressImport.delete({ where: { id: importId } });
  refresh(importId);
  return ok();
});

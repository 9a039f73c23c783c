// POST /api/admin/imports: an admin's WordPress export, as the raw request body (the file
// itself, not a form), streamed into PostgreSQL (lib/wordpress/upload-store.ts) and read
// through for the preview once this request has answered. A route rather than a server
// action: actions take at most 1 MB, and an export can be hundreds.
import { after } from "next/server";
import { db } from "@/lib/db";
import { hasRole } from "@/lib/permissions";
import { getCurrentUser } from "@/lib/session";
import { runScanJob } from "@/lib/wordpress/import-job";
import { formatMegabytes, maxImportBytes } from "@/lib/wordpress/wxr-source";
import { storeUpload } from "@/lib/wordpress/upload-store";
import { WxrError } from "@/lib/wordpress/wxr-types";

function answer(status: number, body: { id: string } | { error: string }) {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

/** The name the browser sent (encoded in a header), as plain text of a sane length. */
function fileName(request: Request): string {
  let name = "export.xml";
  try {
    name = decodeURIComponent(request.headers.get("x-file-name") ?? name);
  } catch {
    // keep the default
  }
  return name.replace(/[\p{Cc}\p{Cf}/\\]/gu, "").trim().slice(0, 200) || "export.xml";
}

/** A form on this site posts with its own origin; anything else is another site trying. */
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") !== "cross-site";
  try {
    return new URL(origin).host === request.headers.get("host");
  } catch {
    return false;
  }
}

export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return answer(401, { error: "Sign in to do that." });
  if (user.isBanned || !hasRole(user.role, "ADMIN")) return answer(403, { error: "You don't have permission to do that." });
  if (!isSameOrigin(request)) return answer(403, { error: "Uploads come from this site's own import page." });

  const limit = maxImportBytes();
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) return answer(413, { error: `The file is larger than ${formatMegabytes(limit)}, the most Marquee imports at once.` });
  if (!request.body) return answer(400, { error: "No file was sent." });

  try {
    const id = await storeUpload(db, { fileName: fileName(request), createdById: user.id, body: request.body });
    after(() => runScanJob(db, id));
    return answer(201, { id });
  } catch (error) {
    if (error instanceof WxrError) return answer(/larger than/.test(error.message) ? 413 : 400, { error: error.message });
    console.error("Storing an upload failed:", error);
    return answer(503, { error: "The upload failed on our side; nothing was kept. Try again." });
  }
}

// Uploads at /admin/import are kept in PostgreSQL, in 1 MB chunks beside their WordPressImport
// row, so whichever app instance serves the next step (the preview, the import) can read the
// file: nothing lives on one instance's disk. Written in one transaction: an upload that breaks
// off, or grows past the limit, leaves nothing behind.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formatMegabytes, maxImportBytes, type WxrSource } from "./wxr-source";
import { WxrError } from "./wxr-types";

const CHUNK_BYTES = 1024 * 1024;
const UPLOAD_TRANSACTION = { timeout: 30 * 60_000, maxWait: 30_000 };

/** Gathers a stream's pieces into chunks of CHUNK_BYTES (the last one shorter). */
async function* rechunk(body: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let size = 0;
  for await (const piece of body) {
    pending.push(Buffer.from(piece));
    size += piece.length;
    while (size >= CHUNK_BYTES) {
      const all = Buffer.concat(pending);
      yield all.subarray(0, CHUNK_BYTES);
      pending = [all.subarray(CHUNK_BYTES)];
      size = pending[0]!.length;
    }
  }
  if (size > 0) yield Buffer.concat(pending);
}

/** A gzip file, or text that starts (after a byte-order mark and blank space) with "<". */
function looksLikeXml(first: Buffer): boolean {
  if (first[0] === 0x1f && first[1] === 0x8b) return true;
  const text = first.subarray(0, 64).toString("utf8").replace(/^\uFEFF/, "").trimStart();
  return text.startsWith("<");
}

/** Stores an upload; throws WxrError (nothing stored) for an empty, non-XML or oversized file. */
export async function storeUpload(db: PrismaClient, upload: { fileName: string; createdById: string; body: AsyncIterable<Uint8Array> }): Promise<string> {
  const limit = maxImportBytes();
  return db.$transaction(async (tx) => {
    const row = await tx.wordPressImport.create({
      data: { fileName: upload.fileName, byteSize: 0, createdById: upload.createdById, heartbeatAt: new Date() },
      select: { id: true },
    });
    let seq = 0;
    let total = 0;
    for await (const chunk of rechunk(upload.body)) {
      if (seq === 0 && !looksLikeXml(chunk)) throw new WxrError("This isn't an XML file (or a .xml.gz), so it isn't a WordPress export.");
      total += chunk.length;
      if (total > limit) throw new WxrError(`The file is larger than ${formatMegabytes(limit)}, the most Marquee imports at once (IMPORT_MAX_MB).`);
      await tx.wordPressImportChunk.create({ data: { importId: row.id, seq: seq++, data: new Uint8Array(chunk) } });
    }
    if (total === 0) throw new WxrError("The file is empty.");
    // Reading starts as soon as this commits: it counts as running from now.
    await tx.wordPressImport.update({ where: { id: row.id }, data: { byteSize: total, heartbeatAt: new Date() } });
    return row.id;
  }, UPLOAD_TRANSACTION);
}

/** An upload as an export the importer can read (as often as it needs to), a chunk at a time. */
export function uploadSource(db: PrismaClient, importId: string, name: string): WxrSource {
  return {
    name,
    async *open() {
      for (let seq = 0; ; seq++) {
        const chunk = await db.wordPressImportChunk.findUnique({ where: { importId_seq: { importId, seq } }, select: { data: true } });
        if (!chunk) return;
        yield chunk.data;
      }
    },
  };
}

// Where an export's bytes come from (a file, an upload kept in PostgreSQL, a buffer in a test)
// and how they become text: gunzipped when they start like gzip, whatever the name says,
// counted against the size limit as they stream, and decoded as UTF-8.
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { WxrError } from "./wxr-types";

const MEGABYTE = 1024 * 1024;
const DEFAULT_MAX_MB = 256;

/**
 * The largest export Marquee reads, uncompressed (a .gz may be smaller on disk but not once
 * opened, so a small file can't unpack into a huge one). `IMPORT_MAX_MB` changes it.
 */
export function maxImportBytes(): number {
  const configured = Number(process.env.IMPORT_MAX_MB);
  return (Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_MAX_MB) * MEGABYTE;
}

export function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / MEGABYTE).toLocaleString("en")} MB`;
}

/** An export that can be read more than once (the importer reads it through before writing). */
export interface WxrSource {
  name: string;
  open(): AsyncIterable<Uint8Array>;
}

export function fileSource(path: string): WxrSource {
  return { name: path, open: () => createReadStream(path, { highWaterMark: 256 * 1024 }) };
}

export function bufferSource(name: string, contents: string | Uint8Array): WxrSource {
  const bytes = typeof contents === "string" ? Buffer.from(contents, "utf8") : contents;
  return {
    name,
    async *open() {
      // In pieces, as a stream would deliver it: the reader must not depend on whole chunks.
      for (let offset = 0; offset < bytes.length; offset += 64 * 1024) yield bytes.subarray(offset, offset + 64 * 1024);
    },
  };
}

function isGzip(first: Uint8Array): boolean {
  return first.length >= 2 && first[0] === 0x1f && first[1] === 0x8b;
}

/** The raw bytes, or the gunzipped ones when the file is gzip. */
async function* plainBytes(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const iterator = bytes[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const rest = { [Symbol.asyncIterator]: () => iterator };
  if (!isGzip(first.value)) {
    yield first.value;
    yield* rest;
    return;
  }
  async function* all() {
    yield first.value;
    yield* rest;
  }
  const gunzip = Readable.from(all()).pipe(createGunzip());
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } catch (error) {
    if (error instanceof WxrError) throw error;
    throw new WxrError("The file is gzip-compressed but damaged or cut short, so it can't be opened.");
  } finally {
    gunzip.destroy();
  }
}

/** The export's text, refusing it once it passes `limit` bytes or stops being UTF-8. */
export async function* wxrText(source: WxrSource, limit = maxImportBytes()): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let total = 0;
  try {
    for await (const chunk of plainBytes(source.open())) {
      total += chunk.length;
      if (total > limit) {
        throw new WxrError(`The export is larger than ${formatMegabytes(limit)} uncompressed, the most Marquee imports at once (IMPORT_MAX_MB).`);
      }
      yield decoder.decode(chunk, { stream: true });
    }
    yield decoder.decode();
  } catch (error) {
    if (error instanceof WxrError) throw error;
    if (error instanceof TypeError && /encoded data was not valid/i.test(error.message)) {
      throw new WxrError("The file isn't UTF-8 text, so it isn't a WordPress export.");
    }
    throw error;
  }
}

// What one page weighs, and whether comment bodies are sent twice. A Next.js App Router
// document carries the HTML markup and, in `self.__next_f.push([1, "…"])` scripts, the RSC
// payload React needs to hydrate: a server-rendered text appears in both unless it is kept out
// of the payload. Comment bodies are recognised by their first md5 word (see thread-generator).
import { request } from "node:http";
import { gzipSync } from "node:zlib";

export interface PageWeight {
  /** The whole document as sent without compression. */
  htmlBytes: number;
  /** The document gzipped here (zlib's default level, as Next.js's): the goal's "gzipped" figure. */
  gzipBytes: number;
  /** The document as the bench's page loads receive it, Accept-Encoding as browsers send it (or none, for an uncompressed target). */
  sentBytes?: number;
  /** The Content-Encoding it came with ("identity" for none). */
  sentEncoding?: string;
  /** Of which: the inline RSC payload (decoded). */
  payloadBytes: number;
  /** The RSC payload a client-side navigation to the page fetches (`RSC: 1`). */
  navigationPayloadBytes: number;
  /** A member's page: its viewer layer (JSON), fetched after the document. */
  layerBytes?: number;
}

export interface DuplicateBodies {
  /** Comment bodies of the review that appear in the document at all. */
  onPage: number;
  inMarkup: number;
  inPayload: number;
  /** In the markup and again in the payload. */
  sentTwice: number;
}

// Attributes allowed: pages carry a CSP nonce on every script (lib/http/content-security-policy.mjs).
const FLIGHT_SCRIPT = /<script(?: [^>]*)?>self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)<\/script>/g;
const MD5_WORD = /[0-9a-f]{32}/g;

function splitDocument(html: string): { markup: string; payload: string } {
  const chunks: string[] = [];
  const markup = html.replace(FLIGHT_SCRIPT, (_script, literal: string) => {
    chunks.push(JSON.parse(literal) as string);
    return "";
  });
  return { markup, payload: chunks.join("") };
}

export function weighPage(html: string, navigationPayload: string): PageWeight {
  const { payload } = splitDocument(html);
  return {
    htmlBytes: Buffer.byteLength(html),
    gzipBytes: gzipSync(html).length,
    payloadBytes: Buffer.byteLength(payload),
    navigationPayloadBytes: Buffer.byteLength(navigationPayload),
  };
}

export function findDuplicateBodies(html: string, bodyKeys: ReadonlySet<string>): DuplicateBodies {
  const { markup, payload } = splitDocument(html);
  const keysIn = (text: string) => new Set([...text.matchAll(MD5_WORD)].map((match) => match[0]).filter((word) => bodyKeys.has(word)));
  const inMarkup = keysIn(markup);
  const inPayload = keysIn(payload);
  const onPage = new Set([...inMarkup, ...inPayload]);
  return {
    onPage: onPage.size,
    inMarkup: inMarkup.size,
    inPayload: inPayload.size,
    sentTwice: [...inMarkup].filter((key) => inPayload.has(key)).length,
  };
}

/** The document and the client-navigation payload of a page, for weighing; `headers` carry a member's cookie when signed in. */
export async function fetchPage(origin: string, path: string, headers: Record<string, string> = {}): Promise<{ html: string; navigationPayload: string }> {
  const [document, navigation] = await Promise.all([fetch(`${origin}${path}`, { headers }), fetch(`${origin}${path}`, { headers: { ...headers, RSC: "1" } })]);
  if (!document.ok) throw new Error(`GET ${path} answered ${document.status}`);
  return { html: await document.text(), navigationPayload: navigation.ok ? await navigation.text() : "" };
}

/** The bytes of a response as they cross the wire (not decompressed), and its Content-Encoding. */
export function fetchSentSize(origin: string, path: string, headers: Record<string, string>): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(`${origin}${path}`, { headers }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => resolve({ bytes, encoding: String(response.headers["content-encoding"] ?? "identity") }));
      response.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

// Calling postCommentAction over HTTP the way the browser does: a POST to the page the form is
// on, with the action's id in `Next-Action` and the arguments as a JSON array. The response is
// an RSC stream; the action's return value ({ ok, … }) is one of its rows.
import { readFileSync } from "node:fs";
import path from "node:path";

interface ReferenceManifest {
  node: Record<string, { filename?: string; exportedName?: string }>;
}

/** The build's id for an exported server action, from .next/server/server-reference-manifest.json. */
export function findActionId(appDir: string, filename: string, exportedName: string): string {
  const file = path.join(appDir, ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as ReferenceManifest;
  const entry = Object.entries(manifest.node).find(([, action]) => action.filename === filename && action.exportedName === exportedName);
  if (!entry) throw new Error(`No server action ${exportedName} from ${filename} in ${file}`);
  return entry[0];
}

export interface HttpRequest {
  method: "POST";
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** What CommentForm sends: postCommentAction({ body, website, reviewId, parentId }). */
export function postCommentRequest(actionId: string, reviewId: string, body: string, cookie: string): HttpRequest {
  return {
    method: "POST",
    path: `/reviews/${reviewId}`,
    headers: {
      "next-action": actionId,
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      cookie,
    },
    body: JSON.stringify([{ body, website: "", reviewId, parentId: null }]),
  };
}

export type ActionOutcome = { ok: true; data: Record<string, unknown> } | { ok: false; error: string };

/**
 * The action's result from the RSC stream. Row 0 is `{"a":"$@<row>", …}`: the result is the row
 * it names, a JSON line `<row>:{"ok":…}`. Null when the stream holds no result (an error page).
 */
export function readActionResult(stream: string): ActionOutcome | null {
  const rows = new Map<string, string>();
  for (const line of stream.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  try {
    const head = JSON.parse(rows.get("0") ?? "null") as { a?: string } | null;
    const ref = head?.a?.startsWith("$@") ? head.a.slice(2) : null;
    const result = ref ? (JSON.parse(rows.get(ref) ?? "null") as ActionOutcome | null) : null;
    return result && typeof result.ok === "boolean" ? result : null;
  } catch {
    return null;
  }
}

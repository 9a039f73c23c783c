// @ts-check
// What each render of a shared page reports to the page cache, which stores what it made
// (shared-page-cache.mjs). Shared pages name themselves (lib/page-cache/shared-page.tsx) before they
// read anything, and the cache handler takes these notes back when it stores the render:
// - when it started: a render reads the database after it starts, so a change announced before
//   the start is in what it read, and only one announced after it can make the entry stale;
// - tags beyond those its path gives: what else it shows that a change can expire on its own,
//   such as the review cards it lists ("review-card:<id>", whose counts a comment changes).
//
// Process-global (on globalThis): the page bundle and the cache handler are separate module
// instances. Plain JavaScript because the cache handler, which Next.js loads untranspiled, imports it.

/** A start older than this is dropped: no render takes that long (its queries time out first). */
const KEEP_MS = 60_000;

/**
 * A page's renders not yet stored: their start times, oldest first, and the tags any of them
 * reported. The handler can't tell which of them a stored render was, so it gets every tag
 * reported meanwhile: more than its own at worst, which only expires it more often.
 * @typedef {{ starts: number[]; tags: Set<string> }} PageRenders
 */
const STATE = Symbol.for("marquee.sharedRenderNotes");
const holder = /** @type {{ [STATE]?: Map<string, PageRenders> }} */ (globalThis);
/** Page → its renders not yet stored. */
const renders = (holder[STATE] ??= new Map());

/**
 * The same page as the render names it (decoded route segments) and as the cache handler sees it
 * (its route path, "/shared/<audience>/<kind>[/<key>]/<query>", encoded).
 * @param {readonly string[]} segments audience, kind, [key], query
 */
export function sharedRenderId(segments) {
  return segments.join("\u0000");
}

/** @param {string} path */
export function sharedRenderIdOfPath(path) {
  const segments = path.split("/").slice(2); // "", "shared"
  try {
    return sharedRenderId(segments.map((segment) => decodeURIComponent(segment)));
  } catch {
    return sharedRenderId(segments);
  }
}

/** @param {number[]} times @param {number} now */
function withoutOld(times, now) {
  while (times.length > 0 && now - times[0] > KEEP_MS) times.shift();
  return times;
}

/**
 * A render of this page starts now.
 * @param {string} id from sharedRenderId
 */
export function noteRenderStart(id, now = Date.now()) {
  const page = renders.get(id) ?? { starts: [], tags: new Set() };
  withoutOld(page.starts, now).push(now);
  renders.set(id, page);
  // Bounded: pages rendered once and never stored (a render that threw) go with the next sweep.
  if (renders.size > 1_000) for (const [other, { starts }] of renders) if (withoutOld(starts, now).length === 0) renders.delete(other);
}

/**
 * A render of this page, which has noted its start, shows what these tags stand for too.
 * @param {string} id
 * @param {readonly string[]} tags
 */
export function noteRenderTags(id, tags) {
  const page = renders.get(id);
  if (page) for (const tag of tags) page.tags.add(tag);
}

/**
 * A render of this page has finished. Returns when the earliest unfinished one started (a lower
 * bound for the finished render's own start, whichever it was), or null if none is known, and
 * the tags its renders reported. Forgets the latest start, so that what is left stays a lower
 * bound for every render still running; the tags go with the last of them.
 * @param {string} id
 * @returns {{ start: number | null; tags: string[] }}
 */
export function takeRenderNotes(id, now = Date.now()) {
  const page = renders.get(id);
  if (!page) return { start: null, tags: [] };
  const starts = withoutOld(page.starts, now);
  const notes = { start: starts[0] ?? null, tags: [...page.tags] };
  starts.pop();
  if (starts.length === 0) renders.delete(id);
  return notes;
}

// @ts-check
// When renders of each shared page started, for the page cache to know what an entry can have
// missed: a render reads the database after it starts, so a change announced before the start
// is in what it read, and only one announced after it can make the entry stale
// (shared-page-cache.mjs). Shared pages note their start (lib/page-cache/shared-page.tsx) before
// they read anything; the cache handler takes it back when it stores what the render made.
//
// Process-global (on globalThis): the page bundle and the cache handler are separate module
// instances. Plain JavaScript because the cache handler, which Next.js loads untranspiled, imports it.

/** A start older than this is dropped: no render takes that long (its queries time out first). */
const KEEP_MS = 60_000;

const STATE = Symbol.for("marquee.sharedRenderStarts");
const holder = /** @type {{ [STATE]?: Map<string, number[]> }} */ (globalThis);
/** Page → start times of its renders not yet stored, oldest first. */
const starts = (holder[STATE] ??= new Map());

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
  const times = withoutOld(starts.get(id) ?? [], now);
  times.push(now);
  starts.set(id, times);
  // Bounded: pages rendered once and never stored (a render that threw) go with the next sweep.
  if (starts.size > 1_000) for (const [other, list] of starts) if (withoutOld(list, now).length === 0) starts.delete(other);
}

/**
 * A render of this page has finished: returns when the earliest unfinished one started (a lower
 * bound for the finished render's own start, whichever it was), or null if none is known. Forgets
 * the latest start, so that what is left stays a lower bound for every render still running.
 * @param {string} id
 * @returns {number | null}
 */
export function takeRenderStart(id, now = Date.now()) {
  const times = withoutOld(starts.get(id) ?? [], now);
  const earliest = times[0] ?? null;
  times.pop();
  if (times.length === 0) starts.delete(id);
  return earliest;
}

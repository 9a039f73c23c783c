// How imported comments are keyed: by their site and WordPress's comment id, so a second import
// finds them, and the review page can keep WordPress's `#comment-<id>` anchors.

const PREFIX = "wordpress:";

/** "wordpress:<site id>:<comment id>". */
export function commentSourceKey(siteId: string, commentId: number): string {
  return `${PREFIX}${siteId}:${commentId}`;
}

/** Every key of one site starts with this. */
export function siteKeyPrefix(siteId: string): string {
  return `${PREFIX}${siteId}:`;
}

/** WordPress's id of an imported comment, or null for any other comment. */
export function wordpressCommentId(sourceKey: string | null): number | null {
  if (!sourceKey?.startsWith(PREFIX)) return null;
  const id = Number(sourceKey.slice(sourceKey.lastIndexOf(":") + 1));
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

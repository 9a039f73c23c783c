// Old WordPress addresses, compared the way WordPress itself answers them: case-insensitive
// slugs, percent-encoding or not, with or without the trailing slash, and a post's paged
// comments (".../comment-page-2/") as the post itself.

const COMMENT_PAGE = /\/comment-page-\d+$/;
const AMP = /\/amp$/;

function decodeSegments(path: string): string {
  return path
    .split("/")
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join("/");
}

/**
 * A request path or a post's permalink path, normalised; null for the site's root, which is
 * never an old post's address (plain permalinks are `/?p=<id>`, answered by id).
 */
export function normalizeLegacyPath(pathname: string): string | null {
  let path = decodeSegments(pathname).normalize("NFC").toLowerCase().replace(/\/{2,}/g, "/").replace(/\/+$/, "");
  path = path.replace(COMMENT_PAGE, "").replace(AMP, "");
  if (!path.startsWith("/")) path = `/${path}`;
  return path === "/" ? null : path;
}

/** The normalised path of a post's <link>; null for plain permalinks and unreadable links. */
export function legacyPathOf(link: string | null): string | null {
  if (!link) return null;
  try {
    const url = new URL(link);
    return normalizeLegacyPath(url.pathname);
  } catch {
    return null;
  }
}

/** `?p=123`: a post id; null for anything else. */
export function legacyPostId(search: URLSearchParams): number | null {
  const value = search.get("p");
  if (!value || !/^\d{1,9}$/.test(value)) return null;
  const id = Number(value);
  return id > 0 ? id : null;
}

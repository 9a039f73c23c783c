/**
 * Where to go after signing in: only a path on this site. Anything else — another origin,
 * a protocol-relative "//evil.example", a backslash trick, a javascript: URL — becomes "/".
 */
export function safeCallbackUrl(raw: string | null | undefined, fallback = "/"): string {
  if (!raw || raw.length > 2000) return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\\]/.test(raw)) return fallback;
  try {
    const url = new URL(raw, "http://marquee.invalid");
    if (url.origin !== "http://marquee.invalid" || url.pathname.startsWith("//")) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

import { safeUrl } from "@/lib/markdown";

/** "Originally published at example.com", for imported reviews whose source URL we kept. */
export function SourceLink({ url }: { url: string | null }) {
  const href = url ? safeUrl(url) : "";
  if (!href || !/^https?:/i.test(href)) return null;
  return (
    <p className="text-sm text-muted">
      Originally published at{" "}
      <a href={href} rel="nofollow noopener" className="font-medium text-ink underline underline-offset-4">
        {new URL(href).hostname.replace(/^www\./, "")}
      </a>
    </p>
  );
}
